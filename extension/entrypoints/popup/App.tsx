// Toolbar popup: drop or pick TISS XML files, validate them locally (in a Web Worker), see the findings
// grouped by guia, export them. Optionally the configured worker validates the same file too.
import { useRef, useState } from 'preact/hooks';
import { countBySeverity, type Finding } from '../../../shared/findings.ts';
import { t } from '../../lib/i18n.ts';
import { type FileResult, groupByGuia, type ReportLabels, toCsv, toHtml } from '../../lib/report-export.ts';
import type { ServerResult } from '../../lib/server-validate.ts';
import type { Progress, ValidationClient } from '../../lib/validation/client.ts';

export interface PopupDeps {
  client: ValidationClient;
  /** Worker URL (if configured) and the active packs, read when the popup opens. */
  loadContext: () => Promise<{ workerUrl?: string; packs: Record<string, unknown>[] }>;
  serverValidate: (workerUrl: string, file: File) => Promise<ServerResult>;
  /** Asks the browser's consent to send health data (Firefox's data-collection permission); true elsewhere. */
  consentToSend?: () => Promise<boolean>;
  today: () => string;
  copyText: (text: string) => Promise<void>;
  download: (fileName: string, mime: string, content: string) => void;
}

type Entry = { key: number; file: File; progress?: Progress; result?: FileResult };

export function reportLabels(): ReportLabels {
  return {
    titulo: t('reportTitle'),
    colunas: [
      t('colArquivo'),
      t('colGuia'),
      t('colGravidade'),
      t('colRegra'),
      t('colMensagem'),
      t('colLinha'),
      t('colColuna'),
      t('colCampo'),
      t('colFonte'),
    ],
    gravidade: { error: t('sevError'), warning: t('sevWarning'), info: t('sevInfo') },
    semGuia: t('groupArquivo'),
    semProblemas: t('resultNoProblems'),
    geradoEm: t('reportGeneratedAt'),
    resumo: summaryLine,
  };
}

export function summaryLine(r: FileResult): string {
  const s = r.summary;
  if (!s) return '';
  const parts = [
    s.versao && t('sumVersao', s.versao),
    s.numeroLote && t('sumLote', s.numeroLote),
    s.registroAnsDestino && t('sumOperadora', s.registroAnsDestino),
    r.pacote && t('sumPacote', r.pacote),
    s.quantidadeGuias !== undefined && t('sumGuias', s.quantidadeGuias),
    s.hash && (s.hash.confere ? t('sumHashOk') : t('sumHashBad')),
  ];
  return parts.filter(Boolean).join(' · ');
}

export function App({ deps }: { deps: PopupDeps }) {
  const [context, setContext] = useState<{ workerUrl?: string; packs: Record<string, unknown>[] }>({ packs: [] });
  const [entries, setEntries] = useState<Entry[]>([]);
  const [alsoServer, setAlsoServer] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [notice, setNotice] = useState('');
  const queue = useRef(Promise.resolve());
  const nextKey = useRef(1);
  const contextRef = useRef(context);
  contextRef.current = context;
  const alsoServerRef = useRef(alsoServer);
  alsoServerRef.current = alsoServer;

  // A file dropped before the packs are read waits for them (never validated without its operadora's pack).
  const contextLoaded = useRef<Promise<void>>();
  contextLoaded.current ??= deps.loadContext().then(
    (c) => {
      contextRef.current = c;
      setContext(c);
    },
    () => setContext({ packs: [] }),
  );

  const update = (key: number, patch: Partial<Entry>) =>
    setEntries((list) => list.map((e) => (e.key === key ? { ...e, ...patch } : e)));

  function addFiles(files: FileList | File[] | null | undefined) {
    const list = [...(files ?? [])];
    if (!list.length) return;
    const added = list.map((file) => ({ key: nextKey.current++, file }));
    setEntries((prev) => [...prev, ...added]);
    // One file at a time through the worker; the list shows each as it finishes.
    for (const entry of added) {
      queue.current = queue.current.then(() => validateEntry(entry));
    }
  }

  async function validateEntry(entry: Entry) {
    await contextLoaded.current;
    const ctx = contextRef.current;
    const local = await deps.client.validate(
      { file: entry.file, fileName: entry.file.name, packs: ctx.packs, hoje: deps.today() },
      (progress) => update(entry.key, { progress }),
    );
    const result: FileResult = {
      arquivo: entry.file.name,
      findings: local.findings,
      ...(local.summary ? { summary: local.summary as FileResult['summary'] } : {}),
      ...(local.pacote ? { pacote: local.pacote } : {}),
    };
    update(entry.key, { result, progress: undefined });
    const refused = local.findings.some((f) => f.rule.startsWith('arquivo/'));
    if (alsoServerRef.current && ctx.workerUrl && !refused) {
      const servidor = await deps.serverValidate(ctx.workerUrl, entry.file);
      update(entry.key, {
        result: { ...result, servidor: 'erro' in servidor ? servidor : { findings: servidor.findings } },
      });
    }
  }

  const results = entries.flatMap((e) => (e.result ? [e.result] : []));
  const busy = entries.some((e) => !e.result);

  async function copyCsv() {
    await deps.copyText(toCsv(results, reportLabels()));
    setNotice(t('noticeCopied'));
  }

  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      <label
        class={`drop${dragging ? ' drop--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          addFiles(e.dataTransfer?.files);
        }}
      >
        <input
          type="file"
          id="arquivos"
          multiple
          accept=".xml,text/xml,application/xml"
          onChange={(e) => {
            const input = e.currentTarget;
            addFiles(input.files);
            input.value = '';
          }}
        />
        <span>{t('popupDropHint')}</span>
      </label>
      {context.workerUrl ? (
        <label class="check">
          <input
            type="checkbox"
            checked={alsoServer}
            onChange={async (e) => {
              const input = e.currentTarget;
              // Sending the XML is the only time beneficiary data leaves the machine: ask first where the browser asks.
              const on = input.checked && (deps.consentToSend ? await deps.consentToSend() : true);
              input.checked = on; // a refused consent leaves state unchanged, so Preact would not re-render the box
              setAlsoServer(on);
            }}
          />{' '}
          {t('popupAlsoServer')}
        </label>
      ) : null}
      {entries.length ? (
        <>
          <ul class="files" aria-live="polite">
            {entries.map((e) => (
              <FileCard key={e.key} entry={e} />
            ))}
          </ul>
          <div class="actions">
            <button type="button" disabled={busy || !results.length} onClick={() => void copyCsv()}>
              {t('btnCopyCsv')}
            </button>
            <button
              type="button"
              disabled={busy || !results.length}
              onClick={() =>
                deps.download('validacao-tiss.csv', 'text/csv;charset=utf-8', toCsv(results, reportLabels()))
              }
            >
              {t('btnDownloadCsv')}
            </button>
            <button
              type="button"
              disabled={busy || !results.length}
              onClick={() =>
                deps.download(
                  'validacao-tiss.html',
                  'text/html;charset=utf-8',
                  toHtml(results, reportLabels(), new Date()),
                )
              }
            >
              {t('btnPrintReport')}
            </button>
            <button
              type="button"
              disabled={busy}
              onClick={() => {
                setEntries([]);
                setNotice('');
              }}
            >
              {t('btnClear')}
            </button>
          </div>
          <p class="notice" role="status">
            {notice}
          </p>
        </>
      ) : (
        <p class="hint">{t('popupOffline')}</p>
      )}
    </main>
  );
}

function FileCard({ entry }: { entry: Entry }) {
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
      {t('resultCounts', n.error, n.warning)}
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
