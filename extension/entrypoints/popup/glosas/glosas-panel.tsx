// The popup's Glosas tab: drop the demonstrativo de análise de conta downloaded from the portal, see what
// was glosado (totals, by group and code, guias that lost most, the recurso deadline), export it, and prepare
// the recurso: XML for operadoras that take it, or a draft the recurso page fills in.
import { useState } from 'preact/hooks';
import type { Finding } from '../../../../shared/findings.ts';
import { reais } from '../../../../shared/glosas/money.ts';
import { gerarRecursoXml } from '../../../../shared/glosas/recurso-xml.ts';
import type { RelatorioGlosas } from '../../../../shared/glosas/report.ts';
import { prazoTexto, totaisTexto } from '../../../../shared/glosas/report-text.ts';
import type { RulePack } from '../../../../shared/rules/pack-schema.ts';
import { glosasCsv, glosasHtml } from '../../../lib/glosa-export.ts';
import { t } from '../../../lib/i18n.ts';
import { FindingGroups } from '../result-cards.tsx';
import { RecursoEditor } from './recurso-editor.tsx';
import { useGlosas } from './use-glosas.ts';

export interface GlosasDeps {
  today: () => string;
  now: () => Date;
  download: (fileName: string, mime: string, content: string | Uint8Array) => void;
  /** Keeps the drafts for the portal's recurso page (storage.local). */
  guardarRascunhos: (r: Parameters<typeof gerarRecursoXml>[0][]) => Promise<void>;
}

function Relatorio({ r }: { r: RelatorioGlosas }) {
  if (!r.ocorrencias.length) return <p class="headline headline--ok">{t('glosasNenhuma')}</p>;
  return (
    <>
      <table class="glosas-tabela">
        <caption>{t('glosasPorGrupo')}</caption>
        <tbody>
          {r.porGrupo.map((g) => (
            <tr key={g.grupo.id}>
              <th scope="row">{g.grupo.nome}</th>
              <td>{g.ocorrencias}</td>
              <td class="n">{reais(g.valor)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table class="glosas-tabela">
        <caption>{t('glosasPorCodigo')}</caption>
        <tbody>
          {r.porCodigo.map((c) => (
            <tr key={c.chave}>
              <th scope="row" title={c.motivo}>
                {c.chave}
              </th>
              <td>{c.motivo}</td>
              <td class="n">{reais(c.valor)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('glosasGuiasMaisPerderam')}</h3>
      <ul class="guias">
        {r.guiasMaisGlosadas.map((g) => (
          <li key={`${g.protocolo}/${g.guia}`}>
            {t('glosasGuiaPerdeu', g.guia, reais(g.glosado), reais(g.informado), g.codigos.join(', '))}
          </li>
        ))}
      </ul>
      <h3>{t('glosasPrazo')}</h3>
      <ul class="prazos">
        {r.prazos.map((p) => (
          <li key={p.protocolo} class={p.estado === 'vencido' ? 'finding--error' : ''}>
            {t('glosasProtocolo', p.protocolo, p.lote)}: {prazoTexto(p)}
          </li>
        ))}
      </ul>
      {r.reversiveis.length ? (
        <>
          <h3>{t('glosasReversiveis')}</h3>
          <ul>
            {r.reversiveis.map((o, i) => (
              <li key={i}>
                {o.guia ?? o.protocolo}: {o.codigos.join(' + ')} {o.motivo} ({reais(o.valor)})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

export function GlosasPanel({ deps, packs }: { deps: GlosasDeps; packs: readonly RulePack[] }) {
  const g = useGlosas(packs, deps.today());
  const [xmlFindings, setXmlFindings] = useState<Finding[]>([]);
  const [notice, setNotice] = useState('');
  const { leitura, relatorio } = g;
  const pack = leitura.fase === 'pronto' ? leitura.pack : undefined;
  const envio = pack?.recursoGlosa?.envio;

  const baixarXml = (protocolo: string, numeroGuiaRecurso: string) => {
    const rascunho = g.rascunhos.find((r) => r.protocolo === protocolo);
    if (!rascunho) return;
    const now = deps.now();
    const out = gerarRecursoXml(rascunho, {
      hoje: deps.today(),
      hora: now.toTimeString().slice(0, 8),
      numeroGuiaRecurso,
      ...(pack ? { pack } : {}),
    });
    if (!out.ok) return setXmlFindings(out.findings);
    setXmlFindings([]);
    deps.download(out.fileName, 'application/xml', out.bytes);
    setNotice(t('glosasXmlBaixado', out.fileName));
  };

  return (
    <section class="glosas">
      <label class="drop">
        <input
          type="file"
          id="demonstrativo"
          accept=".xml,text/xml,application/xml"
          onChange={(e) => {
            const input = e.currentTarget;
            void g.abrir(input.files?.[0]);
            input.value = '';
          }}
        />
        <span>{t('glosasDropHint')}</span>
      </label>
      {leitura.fase === 'lendo' ? (
        <div class="progress">
          <progress max={1} value={leitura.fraction} aria-label={t('progressLabel', leitura.arquivo)} />
          <span>{t('glosasLendo')}</span>
        </div>
      ) : null}
      {leitura.fase === 'erro' ? (
        <div class="result">
          <h2>{leitura.arquivo}</h2>
          <FindingGroups findings={leitura.findings} />
        </div>
      ) : null}
      {leitura.fase === 'pronto' && relatorio ? (
        <div class="result glosas-relatorio">
          <h2>{leitura.arquivo}</h2>
          <p class="summary">
            {relatorio.operadora.nome} · {relatorio.pacote ? relatorio.pacote.nome : t('glosasSemPacote')}
          </p>
          <p class="headline glosas-totais">{totaisTexto(relatorio)}</p>
          {leitura.findings.length ? <FindingGroups findings={leitura.findings} /> : null}
          <div class="field">
            <label for="glosas-pagamento">{t('glosasDataPagamento')}</label>
            <input
              id="glosas-pagamento"
              type="date"
              value={g.pagamento}
              onInput={(e) => g.setPagamento(e.currentTarget.value)}
            />
          </div>
          <Relatorio r={relatorio} />
          <div class="actions">
            <button
              type="button"
              onClick={() => deps.download('glosas.csv', 'text/csv;charset=utf-8', glosasCsv(relatorio))}
            >
              {t('btnDownloadCsv')}
            </button>
            <button
              type="button"
              onClick={() =>
                deps.download(
                  'glosas.html',
                  'text/html;charset=utf-8',
                  glosasHtml(leitura.arquivo, relatorio, deps.now()),
                )
              }
            >
              {t('btnPrintReport')}
            </button>
          </div>
          {g.rascunhos.length ? <h2>{t('glosasRascunho')}</h2> : null}
          {g.rascunhos.map((r) => (
            <RecursoEditor
              key={r.protocolo}
              rascunho={r}
              onChange={(chave, fn) =>
                g.setRascunhos((list) =>
                  list.map((x) =>
                    x.protocolo === r.protocolo
                      ? { ...x, alvos: x.alvos.map((a) => (a.chave === chave ? fn(a) : a)) }
                      : x,
                  ),
                )
              }
              {...(envio !== 'portal' ? { onXml: (n: string) => baixarXml(r.protocolo, n) } : {})}
              {...(envio !== 'xml'
                ? {
                    onGuardar: () =>
                      void deps.guardarRascunhos([r]).then(() => setNotice(t('glosasGuardado', r.protocolo))),
                  }
                : {})}
            />
          ))}
          {xmlFindings.length ? <FindingGroups findings={xmlFindings} /> : null}
          <p class="notice" role="status">
            {notice}
          </p>
        </div>
      ) : null}
    </section>
  );
}
