// The pack's recurso de glosa: how the operadora takes it (XML or the portal's form) and the justificativa
// suggested per glosa code. Fields are generated from the pack schema (glosaModeloSchema), like rule options.
import * as z from 'zod/mini';
import { JUSTIFICATIVA_PLACEHOLDERS } from '../../../shared/glosas/template.ts';
import { glosaModeloSchema, recursoGlosaSchema } from '../../../shared/rules/pack-schema.ts';
import { fieldsOf, type JsonSchema } from '../pack/option-fields.ts';
import { OptionsForm } from '../pack/options-form.tsx';
import type { PackJson } from '../pack/pack-draft.ts';

interface Props {
  pack: PackJson;
  setPack: (p: PackJson) => void;
  readOnly: boolean;
}

const ptBr = z.locales.ptBR().localeError;
const jsonSchema = (s: z.core.$ZodType) => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
// Everything but the per-code list, which gets one form per code below.
const headerFields = fieldsOf(jsonSchema(z.omit(recursoGlosaSchema, { modelos: true })));
const modeloFields = fieldsOf(jsonSchema(glosaModeloSchema));

type Config = Record<string, unknown> & { modelos?: unknown };

/** Errors by dotted path inside recursoGlosa ("modelos.0.codigo"). */
function errorsOf(config: Config): Record<string, string> {
  const r = recursoGlosaSchema.safeParse(config, { error: ptBr });
  const out: Record<string, string> = {};
  if (!r.success) for (const i of r.error.issues) out[i.path.map(String).join('.')] ??= i.message;
  return out;
}

function prefixed(errors: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors)
      .filter(([k]) => k.startsWith(prefix))
      .map(([k, v]) => [k.slice(prefix.length), v]),
  );
}

export function RecursoTab({ pack, setPack, readOnly }: Props) {
  const raw = pack.recursoGlosa;
  const config: Config | undefined =
    raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Config) : undefined;
  const set = (next: Config | undefined) => {
    const { recursoGlosa: _, ...rest } = pack;
    setPack(next ? { ...rest, recursoGlosa: next } : rest);
  };
  if (!config) {
    return (
      <section>
        <p>Este pacote não descreve o recurso de glosa da operadora.</p>
        {!readOnly && (
          <button
            type="button"
            onClick={() =>
              set({
                envio: 'portal',
                fonte: '',
                modeloPadrao: {
                  justificativa: 'Solicitamos a revisão da glosa {codigoGlosa} ({referencia}).',
                  neutro: true,
                },
                modelos: [],
              })
            }
          >
            Descrever o recurso de glosa
          </button>
        )}
      </section>
    );
  }
  const modelos = Array.isArray(config.modelos) ? (config.modelos as Record<string, unknown>[]) : [];
  const errors = errorsOf(config);
  const setModelos = (list: Record<string, unknown>[]) => set({ ...config, modelos: list });
  return (
    <section>
      <p class="hint">
        Marcadores das justificativas: {JUSTIFICATIVA_PLACEHOLDERS.map((p) => `{${p}}`).join(' ')}. Um texto sem
        fundamento num manual fica marcado como neutro.
      </p>
      <OptionsForm
        fields={headerFields}
        value={config}
        onChange={(next) => set({ ...next, modelos })}
        errors={errors}
        idPrefix="recurso"
        readOnly={readOnly}
      />
      <h2>Modelos por código de glosa</h2>
      {modelos.length === 0 && <p>Nenhum modelo próprio: vale o texto padrão acima.</p>}
      {modelos.map((m, i) => (
        <fieldset key={i} class="group">
          <legend>Glosa {typeof m.codigo === 'string' && m.codigo ? m.codigo : `nova (${i + 1})`}</legend>
          <OptionsForm
            fields={modeloFields}
            value={m}
            onChange={(next) => setModelos(modelos.map((x, j) => (j === i ? next : x)))}
            errors={prefixed(errors, `modelos.${i}.`)}
            idPrefix={`recurso-modelo-${i}`}
            readOnly={readOnly}
          />
          {!readOnly && (
            <button type="button" class="secondary" onClick={() => setModelos(modelos.filter((_, j) => j !== i))}>
              Remover o modelo
            </button>
          )}
        </fieldset>
      ))}
      {!readOnly && (
        <button type="button" onClick={() => setModelos([...modelos, { codigo: '', justificativa: '', neutro: true }])}>
          Adicionar modelo de glosa
        </button>
      )}
    </section>
  );
}
