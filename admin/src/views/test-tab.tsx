// "Testar": pick a built-in TISS fixture or upload an XML; shows what the draft adds, removes or changes in
// the findings compared with the published pack.

import { useState } from 'preact/hooks';
import type { Finding } from '../../../shared/findings.ts';
import { plural } from '../../../shared/plural.ts';
import { hojeEmSaoPaulo } from '../../../shared/rules/dates.ts';
import { criticas, severityWord } from '../../../shared/severity-words.ts';
import type { PackJson } from '../pack/pack-draft.ts';
import type { TestOutcome } from '../pack/run-test.ts';
import { Notice } from '../ui/notice.tsx';

// Built-in samples, emitted as same-origin files (no inline data: URLs, CSP stays strict).
const FIXTURES = import.meta.glob<string>(
  [
    '../../../test/fixtures/tiss/valid/*.xml',
    '../../../test/fixtures/tiss/invalid/sadt-101-guias.xml',
    '../../../test/fixtures/tiss/invalid/mixed-guia-types.xml',
  ],
  { query: '?url', import: 'default', eager: true },
);
const fixtureList = Object.entries(FIXTURES)
  .map(([path, url]) => ({ name: path.split('/').pop() ?? path, url }))
  .sort((a, b) => a.name.localeCompare(b.name));

function where(f: Finding): string {
  const w = f.where;
  return [w.guia && `guia ${w.guia}`, w.field, w.item && `item ${w.item}`, w.line && `linha ${w.line}`]
    .filter(Boolean)
    .join(' · ');
}

function FindingLine({ f }: { f: Finding }) {
  return (
    <>
      <span class={`sev ${f.severity}`}>{severityWord[f.severity]}</span> <code>{f.rule}</code> {f.message}
      {where(f) && <span class="where"> ({where(f)})</span>}
    </>
  );
}

function FindingList({ title, kind, findings }: { title: string; kind: string; findings: Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul class={`diff ${kind}`}>
        {findings.map((f, i) => (
          <li key={i}>
            <FindingLine f={f} />
          </li>
        ))}
      </ul>
    </>
  );
}

export function TestTab({ draft, published }: { draft: PackJson; published: PackJson | undefined }) {
  const [source, setSource] = useState<string>(fixtureList[0]?.name ?? '');
  const [file, setFile] = useState<File | undefined>();
  const [hoje, setHoje] = useState(() => hojeEmSaoPaulo(new Date()));
  const [outcome, setOutcome] = useState<TestOutcome | undefined>();
  const [tested, setTested] = useState('');
  const [running, setRunning] = useState(false);

  const run = async () => {
    setRunning(true);
    setOutcome(undefined);
    try {
      let bytes: Uint8Array;
      let fileName: string;
      if (source === 'upload') {
        if (!file) throw new Error('Escolha um arquivo XML.');
        bytes = new Uint8Array(await file.arrayBuffer());
        fileName = file.name;
      } else {
        const fx = fixtureList.find((f) => f.name === source);
        if (!fx) throw new Error('Exemplo não encontrado.');
        bytes = new Uint8Array(await (await fetch(fx.url)).arrayBuffer());
        fileName = fx.name;
      }
      // The TISS engine (XSD model included) loads only when someone tests: sign-in and editing stay light.
      const { testDraft } = await import('../pack/run-test.ts');
      setOutcome(await testDraft({ bytes, fileName, draft, published, hoje }));
      setTested(`${fileName} (${source === 'upload' ? 'seu arquivo' : 'exemplo'}), data de referência ${hoje}`);
    } catch (e) {
      setOutcome({ ok: false, message: e instanceof Error ? e.message : String(e) });
    } finally {
      setRunning(false);
    }
  };

  return (
    <div class="test-tab">
      <p class="hint">O teste roda neste navegador: o arquivo não é enviado ao servidor.</p>
      <div class="field">
        <label for="test-source">Arquivo TISS</label>
        <select id="test-source" value={source} onChange={(e) => setSource(e.currentTarget.value)}>
          {fixtureList.map((f) => (
            <option key={f.name} value={f.name}>
              Exemplo: {f.name}
            </option>
          ))}
          <option value="upload">Enviar um arquivo meu…</option>
        </select>
      </div>
      {source === 'upload' && (
        <div class="field">
          <label for="test-file">Arquivo XML</label>
          <input
            id="test-file"
            type="file"
            accept=".xml,text/xml,application/xml"
            onChange={(e) => setFile(e.currentTarget.files?.[0])}
          />
        </div>
      )}
      <div class="field">
        <label for="test-hoje">Data de referência (hoje)</label>
        <input id="test-hoje" type="date" value={hoje} onInput={(e) => setHoje(e.currentTarget.value)} />
        <small class="hint">Os prazos em dias contam até esta data.</small>
      </div>
      <button type="button" disabled={running} onClick={run}>
        {running ? 'Testando…' : 'Testar rascunho'}
      </button>
      {outcome && !outcome.ok && <Notice kind="error">{outcome.message}</Notice>}
      {outcome?.ok && (
        <section class="test-result" aria-live="polite" data-testid="test-result">
          <h2>Diferença entre a versão publicada e o rascunho</h2>
          <p class="hint">Arquivo testado: {tested}</p>
          <p role="status">
            {outcome.diff.added.length} {plural(outcome.diff.added.length, 'nova', 'novas')},{' '}
            {outcome.diff.removed.length} {plural(outcome.diff.removed.length, 'removida', 'removidas')},{' '}
            {outcome.diff.changed.length} {plural(outcome.diff.changed.length, 'alterada', 'alteradas')},{' '}
            {outcome.diff.unchanged} {plural(outcome.diff.unchanged, 'igual', 'iguais')}. O rascunho gera{' '}
            {criticas(outcome.draftFindings.length)} neste arquivo.
          </p>
          {outcome.diff.added.length + outcome.diff.removed.length + outcome.diff.changed.length === 0 && (
            <p>O rascunho não muda nada neste arquivo.</p>
          )}
          <FindingList title="Novas com o rascunho" kind="added" findings={outcome.diff.added} />
          <FindingList title="Deixam de aparecer" kind="removed" findings={outcome.diff.removed} />
          {outcome.diff.changed.length > 0 && (
            <>
              <h3>Alteradas</h3>
              <ul class="diff changed">
                {outcome.diff.changed.map((c, i) => (
                  <li key={i}>
                    <div>
                      Antes: <FindingLine f={c.before} />
                    </div>
                    <div>
                      Agora: <FindingLine f={c.after} />
                    </div>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </div>
  );
}
