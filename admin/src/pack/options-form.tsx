// Form for one rule's options, drawn from the fields the kind's schema describes (option-fields.ts).
// Every control has a <label>; errors from the kind's zod schema are shown under the field they concern.
import { useState } from 'preact/hooks';
import { formatPath } from '../../../shared/issue-path.ts';
import { type FieldSpec, getAt, setAt } from './option-fields.ts';

export interface OptionsFormProps {
  fields: FieldSpec[];
  value: Record<string, unknown>;
  onChange: (next: Record<string, unknown>) => void;
  /** Error messages by dotted path ("janela.dias"). */
  errors?: Record<string, string>;
  /** Unique per rule, so ids do not clash when several forms are on the page. */
  idPrefix: string;
  readOnly?: boolean;
}

interface ControlProps {
  spec: FieldSpec;
  id: string;
  value: unknown;
  set: (v: unknown) => void;
  readOnly: boolean;
  describedBy: string | undefined;
}

function ListControl({ spec, id, value, set, readOnly, describedBy }: ControlProps) {
  const itemType = spec.control === 'list' ? spec.itemType : 'string';
  const [text, setText] = useState(Array.isArray(value) ? value.join('\n') : '');
  const [bad, setBad] = useState<string | undefined>();
  return (
    <>
      <textarea
        id={id}
        rows={Math.min(6, Math.max(2, text.split('\n').length))}
        value={text}
        readOnly={readOnly}
        aria-describedby={describedBy}
        onInput={(e) => {
          const raw = e.currentTarget.value;
          setText(raw);
          const lines = raw
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean);
          if (itemType === 'number') {
            const nums = lines.map((l) => Number(l.replace(',', '.')));
            const wrong = lines.find((_, i) => Number.isNaN(nums[i]));
            setBad(wrong ? `"${wrong}" não é um número` : undefined);
            if (!wrong) set(nums);
          } else set(lines);
        }}
      />
      <small class="hint">Um item por linha.</small>
      {bad && (
        <p class="field-error" role="alert">
          {bad}
        </p>
      )}
    </>
  );
}

function JsonControl({ id, value, set, readOnly, describedBy }: ControlProps) {
  const [text, setText] = useState(value === undefined ? '' : JSON.stringify(value, null, 2));
  const [bad, setBad] = useState<string | undefined>();
  return (
    <>
      <textarea
        id={id}
        class="mono"
        rows={4}
        value={text}
        readOnly={readOnly}
        aria-describedby={describedBy}
        onInput={(e) => {
          const raw = e.currentTarget.value;
          setText(raw);
          if (!raw.trim()) {
            setBad(undefined);
            set(undefined);
            return;
          }
          try {
            set(JSON.parse(raw));
            setBad(undefined);
          } catch {
            setBad('JSON inválido: confira aspas, vírgulas e colchetes.');
          }
        }}
      />
      {bad && (
        <p class="field-error" role="alert">
          {bad}
        </p>
      )}
    </>
  );
}

function Control(props: ControlProps) {
  const { spec, id, value, set, readOnly, describedBy } = props;
  switch (spec.control) {
    case 'number':
      return (
        <input
          id={id}
          type="number"
          step={spec.integer ? 1 : 'any'}
          min={spec.min}
          max={spec.max}
          required={spec.required}
          readOnly={readOnly}
          aria-describedby={describedBy}
          value={typeof value === 'number' ? value : ''}
          onInput={(e) => {
            const raw = e.currentTarget.value;
            set(raw === '' ? undefined : Number(raw));
          }}
        />
      );
    case 'text':
      return (
        <input
          id={id}
          type="text"
          required={spec.required}
          readOnly={readOnly}
          aria-describedby={describedBy}
          value={typeof value === 'string' ? value : ''}
          onInput={(e) => set(e.currentTarget.value === '' && !spec.required ? undefined : e.currentTarget.value)}
        />
      );
    case 'select':
      return (
        <select
          id={id}
          disabled={readOnly}
          aria-describedby={describedBy}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => set(e.currentTarget.value === '' ? undefined : e.currentTarget.value)}
        >
          {!spec.required && <option value="">(não definido)</option>}
          {spec.options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      );
    case 'checkbox':
      return (
        <input
          id={id}
          type="checkbox"
          disabled={readOnly}
          aria-describedby={describedBy}
          checked={value === true}
          onChange={(e) => set(e.currentTarget.checked)}
        />
      );
    case 'multi': {
      const selected = new Set(Array.isArray(value) ? (value as string[]) : []);
      return (
        <div class="multi" id={id}>
          {spec.options.map((o, i) => (
            <label key={o} class="inline">
              <input
                type="checkbox"
                id={`${id}-${i}`}
                disabled={readOnly}
                checked={selected.has(o)}
                onChange={(e) => {
                  const next = new Set(selected);
                  if (e.currentTarget.checked) next.add(o);
                  else next.delete(o);
                  set(spec.options.filter((x) => next.has(x)));
                }}
              />
              {o}
            </label>
          ))}
        </div>
      );
    }
    case 'list':
      return <ListControl {...props} />;
    case 'json':
      return <JsonControl {...props} />;
    case 'group':
      return null;
  }
}

function Field({ spec, form, idPrefix }: { spec: FieldSpec; form: OptionsFormProps; idPrefix: string }) {
  const id = `${idPrefix}-${spec.path.join('-')}`;
  const error = form.errors?.[formatPath(spec.path)];
  if (spec.control === 'group') {
    return (
      <fieldset class="group">
        <legend>{spec.label}</legend>
        {spec.help && <p class="hint">{spec.help}</p>}
        {spec.fields.map((f) => (
          <Field key={f.key} spec={f} form={form} idPrefix={idPrefix} />
        ))}
        {error && (
          <p class="field-error" role="alert">
            {error}
          </p>
        )}
      </fieldset>
    );
  }
  const helpId = spec.help ? `${id}-help` : undefined;
  const errId = error ? `${id}-err` : undefined;
  const describedBy = [helpId, errId].filter(Boolean).join(' ') || undefined;
  const control = (
    <Control
      spec={spec}
      id={id}
      value={getAt(form.value, spec.path)}
      set={(v) => form.onChange(setAt(form.value, spec.path, v))}
      readOnly={form.readOnly === true}
      describedBy={describedBy}
    />
  );
  const title = (
    <>
      {spec.label}
      {spec.required && <span aria-hidden="true"> *</span>}
    </>
  );
  const notes = (
    <>
      {spec.help && (
        <small id={helpId} class="hint">
          {spec.help}
        </small>
      )}
      {error && (
        <p id={errId} class="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
  // A group of checkboxes is several controls: a fieldset/legend names them, not one <label for>.
  return spec.control === 'multi' ? (
    <fieldset class={`field${error ? ' invalid' : ''}`}>
      <legend>{title}</legend>
      {control}
      {notes}
    </fieldset>
  ) : (
    <div class={`field${error ? ' invalid' : ''}`}>
      <label for={id}>{title}</label>
      {control}
      {notes}
    </div>
  );
}

export function OptionsForm(props: OptionsFormProps) {
  if (props.fields.length === 0) return <p class="hint">Esta regra não tem opções.</p>;
  return (
    <div class="options-form">
      {props.fields.map((f) => (
        <Field key={f.key} spec={f} form={props} idPrefix={props.idPrefix} />
      ))}
    </div>
  );
}
