// Layouts 3 and 4 of a stored record, kept only so `recordMigrations` (store.ts) can read them and write them
// in the current layout. Nothing else reads or writes these shapes any more.
import {
  FATOS_PATTERN,
  fatosFields,
  type GuiaRecordFatos,
  type GuiaRecordProcedimento,
  procedimentoFields,
  readFatos,
  StoredFields,
} from './schema.ts';

/**
 * v3/v4 procedure: "codigo|data|tabela|dente|regiao|face", the empty fields at the end left out
 * ("30909031|2026-11-02"; "70000001||19").
 */
export const V4_PROCEDIMENTO = /^[^|]{1,20}(\|(\d{4}-\d{2}-\d{2})?(\|[^|]{0,2}(\|[^|]{0,10}){0,3})?)?$/;

/** v4 facts: the layout-5 facts' fields (`FATOS_PATTERN`) alone. */
export const V4_FATOS = new RegExp(`^${FATOS_PATTERN}$`);

/** A checked procedure in the v3/v4 layout (its fields already refuse "|"). */
export function packProcedimentoV4(p: GuiaRecordProcedimento): string {
  return procedimentoFields(p).join('|').replace(/\|+$/, '');
}

/** A v3/v4 procedure's fields (absent when empty). */
export function unpackProcedimentoV4(stored: string): GuiaRecordProcedimento {
  const [codigo = '', data, tabela, dente, regiao, face] = stored.split('|');
  const p: GuiaRecordProcedimento = { codigo };
  if (data) p.data = data;
  if (tabela) p.tabela = tabela;
  if (dente) p.dente = dente;
  if (regiao) p.regiao = regiao;
  if (face) p.face = face;
  return p;
}

/** Checked facts in the v4 layout, or undefined when there are none. */
export function packFatosV4(f: GuiaRecordFatos): string | undefined {
  const packed = fatosFields(f).join('|');
  return packed === '||||||||||' ? undefined : packed;
}

/** v4 facts (matching V4_FATOS) back as fields; an empty one is absent. */
export function unpackFatosV4(stored: string): GuiaRecordFatos {
  return readFatos(new StoredFields(stored), {});
}
