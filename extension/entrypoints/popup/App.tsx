// Toolbar popup: drop or pick TISS XML files, validate them locally (in a Web Worker), see the findings
// grouped by guia, export them. Optionally the configured worker validates the same file too.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { parseRulePack, type RulePack } from '../../../shared/rules/pack-schema.ts';
import { t } from '../../lib/i18n.ts';
import { toCsv, toHtml } from '../../lib/report-export.ts';
import type { GlosasDeps, GlosasPanel as GlosasPanelType } from './glosas/glosas-panel.tsx';
import { reportLabels } from './labels.ts';
import { FileCard } from './result-cards.tsx';
import { type QueueDeps, useValidationQueue } from './use-validation-queue.ts';

export interface PopupDeps extends QueueDeps, Omit<GlosasDeps, 'today'> {
  /** Asks the browser's consent to send health data (Firefox's data-collection permission); true elsewhere. */
  consentToSend?: () => Promise<boolean>;
  copyText: (text: string) => Promise<void>;
}

type Aba = 'validar' | 'glosas';

export function App({ deps }: { deps: PopupDeps }) {
  const [alsoServer, setAlsoServer] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [notice, setNotice] = useState('');
  const [aba, setAba] = useState<Aba>('validar');
  // The glosa engine (XML reader, Tabela 38, recurso writer) loads only when its tab is opened: the popup
  // opens as fast as before for the clerk who only validates.
  const [GlosasPanel, setGlosasPanel] = useState<typeof GlosasPanelType>();
  useEffect(() => {
    if (aba === 'glosas' && !GlosasPanel)
      void import('./glosas/glosas-panel.tsx').then((m) => setGlosasPanel(() => m.GlosasPanel));
  }, [aba, GlosasPanel]);
  const { context, entries, results, busy, addFiles, clear } = useValidationQueue(deps, alsoServer);
  // The active packs as the glosa engine reads them (a pack that fails its schema is left out).
  const packs = useMemo(
    () =>
      context.packs.flatMap((raw): RulePack[] => {
        const r = parseRulePack(raw);
        return r.ok ? [r.pack] : [];
      }),
    [context.packs],
  );

  async function copyCsv() {
    await deps.copyText(toCsv(results, reportLabels()));
    setNotice(t('noticeCopied'));
  }

  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      <div class="abas" role="tablist" aria-label={t('popupTitle')}>
        {(['validar', 'glosas'] as const).map((a) => (
          <button key={a} type="button" role="tab" id={`aba-${a}`} aria-selected={aba === a} onClick={() => setAba(a)}>
            {t(a === 'validar' ? 'abaValidar' : 'abaGlosas')}
          </button>
        ))}
      </div>
      {aba === 'glosas' && GlosasPanel ? <GlosasPanel deps={deps} packs={packs} /> : null}
      <div hidden={aba !== 'validar'}>
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
                  clear();
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
      </div>
    </main>
  );
}
