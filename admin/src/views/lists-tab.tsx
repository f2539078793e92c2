// Plain lists of the pack: document types, procedure categories (summary; edited in the JSON tab, where
// code ranges are safer to review), and the portal's label and situação synonyms.
import { useState } from 'preact/hooks';
import { type PackJson, portalOf, stringList, stringListMap } from '../pack/pack-draft.ts';

interface Props {
  pack: PackJson;
  setPack: (p: PackJson) => void;
  readOnly: boolean;
  part: 'listas' | 'rotulos';
}

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** One item per line; keeps the raw text while typing so blank lines and trailing spaces do not jump. */
function LinesField({
  id,
  label,
  help,
  value,
  onChange,
  readOnly,
}: {
  id: string;
  label: string;
  help?: string;
  value: string[];
  onChange: (v: string[]) => void;
  readOnly: boolean;
}) {
  const [text, setText] = useState(value.join('\n'));
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <textarea
        id={id}
        rows={Math.min(10, Math.max(2, value.length + 1))}
        value={text}
        readOnly={readOnly}
        aria-describedby={`${id}-help`}
        onInput={(e) => {
          setText(e.currentTarget.value);
          onChange(linesOf(e.currentTarget.value));
        }}
      />
      <small id={`${id}-help`} class="hint">
        {help ?? 'Um item por linha.'}
      </small>
    </div>
  );
}

function SynonymMap({
  idPrefix,
  title,
  help,
  map,
  onChange,
  readOnly,
}: {
  idPrefix: string;
  title: string;
  help: string;
  map: Record<string, string[]>;
  onChange: (m: Record<string, string[]>) => void;
  readOnly: boolean;
}) {
  const [newKey, setNewKey] = useState('');
  return (
    <fieldset>
      <legend>{title}</legend>
      <p class="hint">{help}</p>
      {Object.entries(map).map(([key, list]) => (
        <LinesField
          key={key}
          id={`${idPrefix}-${key}`}
          label={key}
          help="Textos equivalentes, um por linha."
          value={list}
          readOnly={readOnly}
          onChange={(v) => onChange({ ...map, [key]: v })}
        />
      ))}
      {!readOnly && (
        <div class="inline-form">
          <label for={`${idPrefix}-new`}>Novo campo</label>
          <input id={`${idPrefix}-new`} type="text" value={newKey} onInput={(e) => setNewKey(e.currentTarget.value)} />
          <button
            type="button"
            class="secondary"
            disabled={!newKey.trim() || newKey.trim() in map}
            onClick={() => {
              onChange({ ...map, [newKey.trim()]: [] });
              setNewKey('');
            }}
          >
            Adicionar
          </button>
        </div>
      )}
    </fieldset>
  );
}

export function ListsTab({ pack, setPack, readOnly, part }: Props) {
  if (part === 'rotulos') {
    const portal = portalOf(pack);
    return (
      <div>
        <LinesField
          id="portal-hosts"
          label="Endereços do portal"
          help="Um endereço por linha, sem https://, ex.: portalconectasaude.com.br. As opções da extensão mostram estes endereços e pedem ao faturista permissão para rodar as verificações nos que não são o portal Conecta."
          value={stringList(portal.hosts)}
          readOnly={readOnly}
          onChange={(hosts) => setPack({ ...pack, portal: { ...portal, hosts } })}
        />
        <SynonymMap
          idPrefix="label"
          title="Rótulos dos campos"
          help="Como o portal desta operadora chama cada campo que a extensão lê."
          map={stringListMap(portal.labels)}
          readOnly={readOnly}
          onChange={(labels) => setPack({ ...pack, portal: { ...portal, labels } })}
        />
        <SynonymMap
          idPrefix="situacao"
          title="Situações de lote"
          help="Nomes que o portal e o manual usam para a mesma situação."
          map={stringListMap(portal.situacoes)}
          readOnly={readOnly}
          onChange={(situacoes) => setPack({ ...pack, portal: { ...portal, situacoes } })}
        />
      </div>
    );
  }
  const categorias = Array.isArray(pack.categorias) ? (pack.categorias as Record<string, unknown>[]) : [];
  return (
    <div>
      <LinesField
        id="tipos-documento"
        label="Tipos de documento aceitos"
        help="Como o select “Tipo de Documento” do portal lista, um por linha, ex.: 04-INDICACAO CLINICA. As regras de anexos só podem citar estes tipos."
        value={stringList(pack.tiposDocumento)}
        readOnly={readOnly}
        onChange={(tiposDocumento) => setPack({ ...pack, tiposDocumento })}
      />
      <table class="grid">
        <caption>Categorias de procedimento (edite códigos e faixas na aba “JSON avançado”)</caption>
        <thead>
          <tr>
            <th scope="col">Id</th>
            <th scope="col">Nome</th>
            <th scope="col">Códigos/faixas</th>
            <th scope="col">Verificado</th>
            <th scope="col">Fonte</th>
          </tr>
        </thead>
        <tbody>
          {categorias.map((c, i) => (
            <tr key={String(c.id ?? i)}>
              <th scope="row">{String(c.id ?? '')}</th>
              <td>{String(c.nome ?? '')}</td>
              <td>{Array.isArray(c.codigos) ? c.codigos.length : 0}</td>
              <td>{c.verificado === true ? 'sim' : 'não'}</td>
              <td>{String(c.fonte ?? '')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
