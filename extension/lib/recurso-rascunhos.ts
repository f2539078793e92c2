// Recurso drafts kept for the portal's form (PASA, IPAM): the popup saves them, the recurso page's feature
// fills Justificativa and Vlr. Recursado from them. Keyed by protocolo, then guia (and procedimento); only
// numbers, glosa codes, values and the clerk's justificativas: no beneficiary data. storage.local only.
import * as z from 'zod/mini';
import type { RascunhoRecurso } from '../../shared/glosas/draft.ts';

export const RASCUNHOS_KEY = 'recursoRascunhos';

const alvoSchema = z.object({
  nivel: z.enum(['protocolo', 'guia', 'item']),
  guia: z.optional(z.string()),
  /** Procedure code (nivel "item"). */
  procedimento: z.optional(z.string()),
  /** Centavos. */
  valorGlosado: z.number().check(z.int(), z.nonnegative()),
  valorRecursado: z.number().check(z.int(), z.nonnegative()),
  justificativas: z.array(
    z.object({ codigo: z.string().check(z.regex(/^\d{4}$/)), texto: z.string().check(z.maxLength(500)) }),
  ),
});
export type AlvoPortal = z.infer<typeof alvoSchema>;

const rascunhoSchema = z.object({
  protocolo: z.string().check(z.minLength(1)),
  lote: z.string(),
  salvoEm: z.string(),
  alvos: z.array(alvoSchema),
});
export type RascunhoPortal = z.infer<typeof rascunhoSchema>;

export const rascunhosSchema = z.record(z.string(), rascunhoSchema);
export type RascunhosPortal = z.infer<typeof rascunhosSchema>;

/** What both the popup and the content script need of browser.storage.local. */
export interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Stored drafts; a damaged entry reads as none (the popup can save again), never as a crash. */
export async function lerRascunhos(area: LocalArea): Promise<RascunhosPortal> {
  const raw = (await area.get(RASCUNHOS_KEY))[RASCUNHOS_KEY];
  const parsed = rascunhosSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : {};
}

/** The included lines of the popup's drafts, in the stored shape. */
export function paraPortal(r: RascunhoRecurso, salvoEm: string): RascunhoPortal {
  return {
    protocolo: r.protocolo,
    lote: r.lote,
    salvoEm,
    alvos: r.alvos
      .filter((a) => a.incluir)
      .map((a) => ({
        nivel: a.nivel,
        ...(a.guia ? { guia: a.guia } : {}),
        ...(a.item ? { procedimento: a.item.codigo } : {}),
        valorGlosado: a.valorGlosado,
        valorRecursado: a.valorRecursado,
        justificativas: a.justificativas.map((j) => ({ codigo: j.codigo, texto: j.texto.slice(0, 500) })),
      })),
  };
}

export async function guardarRascunhos(
  area: LocalArea,
  rascunhos: readonly RascunhoRecurso[],
  agora: Date,
): Promise<void> {
  const atuais = await lerRascunhos(area);
  for (const r of rascunhos) atuais[r.protocolo] = paraPortal(r, agora.toISOString());
  await area.set({ [RASCUNHOS_KEY]: atuais });
}

/** The stored line for a guia (and procedure code, for "Justificar a Nível de Procedimento"). */
export function alvoDoPortal(
  rascunhos: RascunhosPortal,
  protocolo: string | undefined,
  guia: string | undefined,
  procedimento?: string,
): AlvoPortal | undefined {
  const candidatos = protocolo ? [rascunhos[protocolo]].filter(Boolean) : Object.values(rascunhos);
  const sameCode = (a: string | undefined, b: string) =>
    a !== undefined && a.replace(/^0+/, '') === b.replace(/^0+/, '');
  for (const r of candidatos)
    for (const a of r!.alvos) {
      if (procedimento ? a.nivel === 'item' && a.guia === guia && sameCode(a.procedimento, procedimento) : false)
        return a;
      if (!procedimento && guia && a.nivel === 'guia' && a.guia === guia) return a;
      if (!procedimento && !guia && a.nivel === 'protocolo') return a;
    }
  return undefined;
}
