// One card per file in the popup: its progress while it is validated, then its findings grouped by guia
// (and the server's, when the user asked for them).

import { countBySeverity, type Finding } from '../../../shared/findings.ts';
import { plural } from '../../../shared/plural.ts';
import { t } from '../../lib/i18n.ts';
import { type FileResult, groupByGuia } from '../../lib/report-export.ts';
import { summaryLine } from './labels.ts';
import type { Entry } from './use-validation-queue.ts';

export function FileCard({ entry }: { entry: Entry }) {
  const { file, progress, result } = entry;
  return (
    <li class="file">
      <h2>{file.name}</h2>
      {result ? (
        <ResultView result={result} />
      ) : (
        <div class="progress">
          <progress max={1} value={progress?.fraction} aria-label={t('progressLabel', file.name)} />
          <span>
            {progress?.fase === 'validando'
              ? t('progressValidating')
              : progress?.fraction !== undefined
                ? t('progressReading', Math.round(progress.fraction * 100))
                : t('progressQueued')}
          </span>
        </div>
      )}
    </li>
  );
}

function Headline({ findings }: { findings: Finding[] }) {
  const n = countBySeverity(findings);
  if (!n.error && !n.warning) return <p class="headline headline--ok">{t('resultNoErrors')}</p>;
  return (
    <p class={`headline ${n.error ? 'headline--error' : 'headline--warning'}`}>
      {t(
        'resultCounts',
        t(plural(n.error, 'countError1', 'countErrorN'), n.error),
        t(plural(n.warning, 'countWarning1', 'countWarningN'), n.warning),
      )}
    </p>
  );
}

function ResultView({ result }: { result: FileResult }) {
  const summary = summaryLine(result);
  return (
    <div class="result">
      <Headline findings={result.findings} />
      {summary ? <p class="summary">{summary}</p> : null}
      <FindingGroups findings={result.findings} />
      {result.servidor ? (
        <section class="server">
          <h3>{t('serverTitle')}</h3>
          {'erro' in result.servidor ? (
            <p class="server-error">{result.servidor.erro}</p>
          ) : (
            <>
              <Headline findings={result.servidor.findings} />
              <FindingGroups findings={result.servidor.findings} />
            </>
          )}
        </section>
      ) : null}
    </div>
  );
}

export function FindingGroups({ findings }: { findings: Finding[] }) {
  const labels = { error: t('sevError'), warning: t('sevWarning'), info: t('sevInfo') };
  return (
    <>
      {groupByGuia(findings).map(([guia, list]) => (
        <details class="group" open key={guia}>
          <summary>
            {guia ? t('groupGuia', guia) : t('groupArquivo')} ({list.length})
          </summary>
          <ul>
            {list.map((f, i) => (
              <li class={`finding finding--${f.severity}`} key={`${f.rule}-${i}`}>
                <span class="sev">{labels[f.severity]}</span> {f.message}
                {f.where.line ? <span class="where"> {t('whereLine', f.where.line)}</span> : null}
                {f.where.field ? <span class="where"> · {f.where.field}</span> : null}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </>
  );
}
