// The recurso draft of one protocolo, line by line: appeal it or not, Vlr. Recursado (never above Vlr.
// Glosado: refused on the spot, the previous value kept) and one justificativa per glosa code, suggested from
// the pack. Nothing is sent: the clerk downloads the XML (operadoras that take it) or keeps the draft for the
// portal's form.
import { useState } from 'preact/hooks';
import { type AlvoRecurso, definirValorRecursado, type RascunhoRecurso } from '../../../../shared/glosas/draft.ts';
import { reais } from '../../../../shared/glosas/money.ts';
import { rotulo } from '../../../../shared/glosas/recurso-xml.ts';
import { parseValorBr } from '../../../content/adapter/text.ts';
import { t } from '../../../lib/i18n.ts';

const valorBr = (centavos: number) =>
  (centavos / 100).toLocaleString('pt-BR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

type Atualizar = (fn: (a: AlvoRecurso) => AlvoRecurso) => void;

function Linha({ alvo, id, set }: { alvo: AlvoRecurso; id: string; set: Atualizar }) {
  const [texto, setTexto] = useState(valorBr(alvo.valorRecursado));
  const [erro, setErro] = useState('');
  const aplicar = (raw: string) => {
    const v = parseValorBr(raw);
    const r = definirValorRecursado(alvo, v === undefined ? Number.NaN : Math.round(v * 100));
    if (r.ok) {
      setErro('');
      const valorRecursado = r.alvo.valorRecursado;
      set((a) => ({ ...a, valorRecursado }));
    } else {
      setErro(r.motivo);
      setTexto(valorBr(alvo.valorRecursado));
    }
  };
  return (
    <li class="alvo" data-chave={alvo.chave}>
      <label class="check">
        <input
          type="checkbox"
          checked={alvo.incluir}
          onChange={(e) => {
            const incluir = e.currentTarget.checked;
            set((a) => ({ ...a, incluir }));
          }}
        />{' '}
        {rotulo(alvo)} · {t('glosasVlrGlosado')} {reais(alvo.valorGlosado)}
      </label>
      <div class="field">
        <label for={`${id}-valor`}>{t('glosasVlrRecursado')}</label>
        <input
          id={`${id}-valor`}
          inputMode="decimal"
          value={texto}
          aria-describedby={`${id}-valor-erro`}
          onInput={(e) => setTexto(e.currentTarget.value)}
          onChange={(e) => aplicar(e.currentTarget.value)}
        />
        <span id={`${id}-valor-erro`} class="field-error" role="alert">
          {erro}
        </span>
      </div>
      {alvo.justificativas.map((j, i) => (
        <div class="field" key={j.codigo}>
          <label for={`${id}-j${i}`}>
            {j.codigo}: {j.motivo}
          </label>
          <textarea
            id={`${id}-j${i}`}
            rows={3}
            maxLength={500}
            value={j.texto}
            onInput={(e) => {
              const texto = e.currentTarget.value;
              set((a) => ({ ...a, justificativas: a.justificativas.map((x, k) => (k === i ? { ...x, texto } : x)) }));
            }}
          />
          {j.neutro ? <small class="hint">{t('glosasTextoNeutro')}</small> : null}
        </div>
      ))}
    </li>
  );
}

export interface RecursoEditorProps {
  rascunho: RascunhoRecurso;
  /** Updates one line from its latest state (edits in quick succession must not undo each other). */
  onChange: (chave: string, fn: (a: AlvoRecurso) => AlvoRecurso) => void;
  onXml?: (numeroGuiaRecurso: string) => void;
  onGuardar?: () => void;
}

export function RecursoEditor({ rascunho, onChange, onXml, onGuardar }: RecursoEditorProps) {
  const [numero, setNumero] = useState(`REC${rascunho.protocolo}`.slice(0, 20));
  const id = `rec-${rascunho.protocolo}`;
  const total = rascunho.alvos.filter((a) => a.incluir).reduce((s, a) => s + a.valorRecursado, 0);
  return (
    <section class="recurso" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('glosasRecursoProtocolo', rascunho.protocolo, rascunho.lote)}</h3>
      <ul class="alvos">
        {rascunho.alvos.map((a, i) => (
          <Linha key={a.chave} alvo={a} id={`${id}-${i}`} set={(fn) => onChange(a.chave, fn)} />
        ))}
      </ul>
      <p class="summary">{t('glosasTotalRecursado', reais(total))}</p>
      <div class="actions">
        {onXml ? (
          <>
            <label for={`${id}-numero`}>{t('glosasNumeroRecurso')}</label>
            <input
              id={`${id}-numero`}
              maxLength={20}
              value={numero}
              onInput={(e) => setNumero(e.currentTarget.value)}
            />
            <button type="button" onClick={() => onXml(numero.trim())}>
              {t('glosasBaixarXml')}
            </button>
          </>
        ) : null}
        {onGuardar ? (
          <button type="button" onClick={onGuardar}>
            {t('glosasGuardarPortal')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
