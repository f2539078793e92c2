// The pack's rules as a table: on/off, severity, and per rule a form for its options (generated from the
// kind's schema), its message with a live preview, and its source.

import { useState } from 'preact/hooks';
import { contagem, plural } from '../../../shared/plural.ts';
import { severityWord } from '../../../shared/severity-words.ts';
import { kindInfo } from '../pack/kinds.ts';
import { previewMessage, unknownPlaceholders } from '../pack/message-preview.ts';
import { withCategoriaChoices } from '../pack/option-fields.ts';
import { OptionsForm } from '../pack/options-form.tsx';
import { categoriaIdsOf, type PackJson, type RuleDraft, rulesOf, withRule } from '../pack/pack-draft.ts';

interface TabProps {
  pack: PackJson;
  setPack: (p: PackJson) => void;
  readOnly: boolean;
}

function RuleDetails({
  rule,
  index,
  update,
  readOnly,
  categoriaIds,
}: {
  rule: RuleDraft;
  index: number;
  update: (r: RuleDraft) => void;
  readOnly: boolean;
  categoriaIds: string[];
}) {
  const info = kindInfo(rule.kind);
  const errors = info?.check(rule.options) ?? {};
  const unknown = info ? unknownPlaceholders(rule.message, info.placeholders) : [];
  const prefix = `r${index}`;
  return (
    <div class="rule-details" id={`${prefix}-details`}>
      <p class="hint">{info ? info.description : `Tipo de regra desconhecido: ${rule.kind}`}</p>
      <fieldset>
        <legend>Opções</legend>
        {info ? (
          <OptionsForm
            fields={withCategoriaChoices(info.fields, categoriaIds)}
            value={rule.options}
            onChange={(options) => update({ ...rule, options })}
            errors={errors}
            idPrefix={`${prefix}-opt`}
            readOnly={readOnly}
          />
        ) : (
          <p>Edite as opções na aba “JSON avançado”.</p>
        )}
      </fieldset>
      <div class="field">
        <label for={`${prefix}-msg`}>Mensagem para o faturista</label>
        <textarea
          id={`${prefix}-msg`}
          rows={2}
          readOnly={readOnly}
          value={rule.message}
          aria-describedby={`${prefix}-msg-help`}
          onInput={(e) => update({ ...rule, message: e.currentTarget.value })}
        />
        <small id={`${prefix}-msg-help`} class="hint">
          Marcadores disponíveis: {info?.placeholders.map((p) => `{${p}}`).join(', ') || 'nenhum'}. Para a palavra
          concordar com um número: {'{dias:dia|dias}'}.
        </small>
      </div>
      {unknown.length > 0 && (
        <p class="field-error" role="alert">
          {plural(unknown.length, 'Marcador desconhecido', 'Marcadores desconhecidos')}:{' '}
          {unknown.map((u) => `{${u}}`).join(', ')} — o faturista veria o texto entre chaves.
        </p>
      )}
      <div class="preview" aria-live="polite">
        <span class="preview-label">Prévia:</span>{' '}
        <span data-testid={`preview-${rule.id}`}>{previewMessage(rule.message, rule.options)}</span>
      </div>
      <p class="hint">Fonte: {rule.source || '—'}</p>
    </div>
  );
}

export function RulesTab({ pack, setPack, readOnly }: TabProps) {
  const rules = rulesOf(pack);
  const categoriaIds = categoriaIdsOf(pack);
  const [open, setOpen] = useState<string | undefined>();
  if (rules.length === 0) return <p>Este pacote não tem regras.</p>;
  return (
    <table class="grid rules">
      <caption>{contagem(rules.length, 'regra', 'regras')}. Use “Editar” para mudar opções e mensagem.</caption>
      <thead>
        <tr>
          <th scope="col">Ativa</th>
          <th scope="col">Regra</th>
          <th scope="col">Tipo</th>
          <th scope="col">Gravidade</th>
          <th scope="col">Detalhes</th>
        </tr>
      </thead>
      <tbody>
        {rules.flatMap((rule, i) => {
          const update = (r: RuleDraft) => setPack(withRule(pack, i, r));
          const isOpen = open === rule.id;
          const row = (
            <tr key={rule.id || i} class={rule.enabled ? '' : 'disabled'}>
              <td>
                <input
                  type="checkbox"
                  id={`r${i}-enabled`}
                  aria-label={`Ativar a regra ${rule.id}`}
                  checked={rule.enabled}
                  disabled={readOnly}
                  onChange={(e) => update({ ...rule, enabled: e.currentTarget.checked })}
                />
              </td>
              <th scope="row">{rule.id}</th>
              <td>{rule.kind}</td>
              <td>
                <select
                  aria-label={`Gravidade da regra ${rule.id}`}
                  value={rule.severity}
                  disabled={readOnly}
                  onChange={(e) => update({ ...rule, severity: e.currentTarget.value as RuleDraft['severity'] })}
                >
                  {Object.entries(severityWord).map(([v, t]) => (
                    <option key={v} value={v}>
                      {t}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <button
                  type="button"
                  class="secondary"
                  aria-expanded={isOpen}
                  aria-controls={`r${i}-details`}
                  aria-label={`${isOpen ? 'Fechar' : readOnly ? 'Ver' : 'Editar'} a regra ${rule.id}`}
                  onClick={() => setOpen(isOpen ? undefined : rule.id)}
                >
                  {isOpen ? 'Fechar' : readOnly ? 'Ver' : 'Editar'}
                </button>
              </td>
            </tr>
          );
          return isOpen
            ? [
                row,
                <tr key={`${rule.id}-details`} class="details-row">
                  <td colSpan={5}>
                    <RuleDetails
                      rule={rule}
                      index={i}
                      update={update}
                      readOnly={readOnly}
                      categoriaIds={categoriaIds}
                    />
                  </td>
                </tr>,
              ]
            : [row];
        })}
      </tbody>
    </table>
  );
}
