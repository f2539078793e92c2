// The kept guia records in `storage.local`, one key per (operadora, Nº Guia Prestador): a lookup reads only
// the keys it needs (O(1) each, never the whole area) and two writers (content script, popup) never
// overwrite each other's records. A record that does not parse is dropped alone; an expired one is
// ignored and removed; `prune` keeps the count under MAX_GUIA_RECORDS, oldest first.
import { addDays } from '../../../shared/rules/dates.ts';
import type { StorageAreaLike, StorageChangeSource } from '../storage.ts';
import {
  packFatosV4,
  packProcedimentoV4,
  unpackFatosV4,
  unpackProcedimentoV4,
  V4_FATOS,
  V4_PROCEDIMENTO,
} from './older-layouts.ts';
import {
  GUIA_KEY_PREFIX,
  GUIA_RECORD_VERSION,
  type GuiaRecord,
  type GuiaRecordInput,
  guiaRecordFatosSchema,
  guiaRecordKey,
  guiaRecordProcedimentoSchema,
  guiaRecordSchema,
  MAX_GUIA_RECORDS,
  packDados,
  packRecord,
  type StoredGuiaRecord,
  toGuiaRecord,
  unpackRecord,
  withExpiry,
} from './schema.ts';

type Raw = Record<string, unknown>;

/**
 * Record layout changes, oldest first: each takes a raw record at version `from` and returns it at `from + 1`
 * (an object up to v5, a string from v6). A record of an unknown (newer) version is dropped, not guessed.
 */
export const recordMigrations: Record<number, (raw: Raw) => Raw | string> = {
  // v1 → v2: the write day instead of the instant; table 22 (what an absent table means) no longer written.
  1: (raw) => ({
    ...raw,
    v: 2,
    gravadaEm: typeof raw.gravadaEm === 'string' ? raw.gravadaEm.slice(0, 10) : raw.gravadaEm,
    procedimentos: Array.isArray(raw.procedimentos)
      ? raw.procedimentos.map((p: unknown) => {
          if (!p || typeof p !== 'object' || (p as Raw).tabela !== '22') return p;
          const { tabela: _22, ...rest } = p as Raw;
          return rest;
        })
      : raw.procedimentos,
  }),
  // v2 → v3: each procedure packed into one string. One that does not check stays an object, and the record,
  // no longer of its layout, is dropped (a "|" in a field would otherwise shift the fields after it).
  2: (raw) => ({
    ...raw,
    v: 3,
    procedimentos: Array.isArray(raw.procedimentos)
      ? raw.procedimentos.map((p: unknown) => {
          const checked = guiaRecordProcedimentoSchema.safeParse(p);
          return checked.success ? packProcedimentoV4(checked.data) : p;
        })
      : raw.procedimentos,
  }),
  // v3 → v4: the optional facts packed into `fatos`. Facts that do not check leave the record without a valid
  // `fatos`, and it is dropped (as a v3 record with them was).
  3: (raw) => {
    const { tipo, dataAtendimento, senha, dataAutorizacao, dataValidadeSenha, caraterAtendimento, ...rest } = raw;
    const { tipoAtendimento, regimeAtendimento, regimeInternacao, outrasDespesas, valorTotal, ...base } = rest;
    const checked = guiaRecordFatosSchema.safeParse({
      tipo,
      dataAtendimento,
      senha,
      dataAutorizacao,
      dataValidadeSenha,
      caraterAtendimento,
      tipoAtendimento,
      regimeAtendimento,
      regimeInternacao,
      outrasDespesas,
      valorTotal,
    });
    const fatos = checked.success ? packFatosV4(checked.data) : null;
    return { ...base, v: 4, ...(fatos !== undefined ? { fatos } : {}) };
  },
  // v4 → v5: all but the operadora and the number into `dados`. The v4 strings are checked by their own patterns
  // first: a record corrupt in v4 gets no `dados` and is dropped (alone), never half read.
  4: (raw) => {
    const { operadora, numero, origem, procedimentos, fatos, gravadaEm, expiraEm } = raw;
    const procs =
      Array.isArray(procedimentos) && procedimentos.every((p) => typeof p === 'string' && V4_PROCEDIMENTO.test(p))
        ? (procedimentos as string[]).map(unpackProcedimentoV4)
        : undefined;
    const f =
      fatos === undefined ? {} : typeof fatos === 'string' && V4_FATOS.test(fatos) ? unpackFatosV4(fatos) : undefined;
    const dados =
      procs && f && typeof origem === 'string' && typeof gravadaEm === 'string' && typeof expiraEm === 'string'
        ? packDados({ ...f, origem: origem as GuiaRecordInput['origem'], procedimentos: procs }, gravadaEm, expiraEm)
        : undefined;
    return { v: 5, operadora, numero, ...(dados !== undefined ? { dados } : {}) };
  },
  // v5 → v6: the record one string. Anything but strings stays an object, which no v6 record is: dropped. The
  // v6 pattern checks `dados` (the same grammar as v5's) and the two fields; their lengths, unpackRecord.
  5: (raw) => {
    const { operadora, numero, dados } = raw;
    return typeof operadora === 'string' && typeof numero === 'string' && typeof dados === 'string'
      ? packRecord(operadora, numero, dados)
      : { ...raw, v: 6 };
  },
};

/** A stored value's layout version: a string's leading digits (v6 on), an object's `v`. */
function versionOf(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw && typeof raw === 'object' ? (raw as Raw).v : undefined;
  // Digit by digit: no substring made for each of a lote page's hundred records.
  let v = 0;
  let i = 0;
  for (; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 48 || c > 57) break;
    v = v * 10 + (c - 48);
  }
  return i > 0 && raw.charCodeAt(i) === 124 /* | */ ? v : undefined;
}

/**
 * A stored value as a current record, and as stored in the current layout (`migrated` when an older layout
 * was brought up, so the caller writes `stored` back), or undefined when it cannot be one (then it is dropped).
 */
export function readStoredRecord(
  value: unknown,
  migrations = recordMigrations,
): { record: GuiaRecord; stored: StoredGuiaRecord; migrated: boolean } | undefined {
  let raw = value;
  let v = versionOf(raw);
  const from = v;
  while (typeof v === 'number' && v < GUIA_RECORD_VERSION) {
    const step = migrations[v];
    if (!step || typeof raw !== 'object' || !raw) return undefined;
    raw = step(raw as Raw);
    v = versionOf(raw);
  }
  const parsed = guiaRecordSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const record = unpackRecord(parsed.data);
  return record && { record, stored: parsed.data, migrated: from !== GUIA_RECORD_VERSION };
}

/** A stored value as a current record, or undefined when it cannot be one. */
export function readRecord(value: unknown, migrations = recordMigrations): GuiaRecord | undefined {
  return readStoredRecord(value, migrations)?.record;
}

export interface GuiaRecordSummary {
  quantidade: number;
  /** Day of the oldest kept record (YYYY-MM-DD). */
  desde?: string;
}

export interface GuiaRecordStore {
  /** Writes (or replaces) records; returns how many were kept. */
  save(
    inputs: readonly GuiaRecordInput[],
    opts: { hoje: string; agora?: Date; retencaoDias?: number },
  ): Promise<number>;
  /**
   * The live records of these guias of one operadora, by Nº Guia Prestador, in one read; with 'autorizacao', the
   * senha facts kept from those autorizações' pages (their own keys) instead of the cobranças'.
   */
  lookup(
    operadora: string,
    numeros: readonly string[],
    hoje: string,
    origem?: 'autorizacao',
  ): Promise<Map<string, GuiaRecord>>;
  /** The live senha facts kept from an autorização's page, by its Nº Guia Prestador. */
  autorizacao(operadora: string, numero: string, hoje: string): Promise<GuiaRecord | undefined>;
  summary(hoje: string): Promise<GuiaRecordSummary>;
  /** Erases every record ("Apagar dados de guias"); returns how many. */
  clear(): Promise<number>;
  /** Drops expired and broken records and the oldest beyond `max`; returns how many went. */
  prune(hoje: string, max?: number): Promise<number>;
  /**
   * A shorter retention (the option lowered) applied to what is already kept: each record expires at most `dias`
   * after it was written, those older than that go now; never lengthened. Returns how many went.
   */
  retain(hoje: string, dias: number): Promise<number>;
}

export function createGuiaRecordStore(area: StorageAreaLike): GuiaRecordStore {
  async function all(): Promise<[string, unknown][]> {
    const raw = await area.get(null);
    return Object.entries(raw ?? {}).filter(([k]) => k.startsWith(GUIA_KEY_PREFIX));
  }
  const store: GuiaRecordStore = {
    async save(inputs, opts) {
      const items: Raw = {};
      for (const input of inputs) {
        const rec = toGuiaRecord(input, opts);
        // A guia that cannot be kept (no number, 500 items) is simply not kept: the lote page then says so.
        if (rec) items[guiaRecordKey(input.operadora, input.numero, input.origem)] = rec;
      }
      const n = Object.keys(items).length;
      if (n) await area.set(items);
      return n;
    },
    async lookup(operadora, numeros, hoje, origem) {
      const out = new Map<string, GuiaRecord>();
      if (!numeros.length) return out;
      const keys = numeros.map((n) => guiaRecordKey(operadora, n, origem));
      const raw = await area.get(keys);
      const drop: string[] = [];
      const upgraded: Raw = {};
      for (const key of keys) {
        if (!(key in raw)) continue;
        const read = readStoredRecord(raw[key]);
        if (!read || read.record.expiraEm < hoje) drop.push(key);
        else if (origem === 'autorizacao' && read.record.origem !== 'autorizacao') continue;
        else {
          out.set(read.record.numero, read.record);
          if (read.migrated) upgraded[key] = read.stored;
        }
      }
      if (drop.length) await area.remove(drop).catch(() => {});
      // An older layout is written back once in the current one (a failure only means migrating it again).
      if (Object.keys(upgraded).length) await area.set(upgraded).catch(() => {});
      return out;
    },
    async autorizacao(operadora, numero, hoje) {
      const [record] = (await store.lookup(operadora, [numero], hoje, 'autorizacao')).values();
      return record;
    },
    async summary(hoje) {
      let quantidade = 0;
      let desde: string | undefined;
      for (const [, value] of await all()) {
        const rec = readRecord(value);
        if (!rec || rec.expiraEm < hoje) continue;
        quantidade++;
        if (!desde || rec.gravadaEm < desde) desde = rec.gravadaEm;
      }
      return desde ? { quantidade, desde } : { quantidade };
    },
    async clear() {
      const keys = (await all()).map(([k]) => k);
      if (keys.length) await area.remove(keys);
      return keys.length;
    },
    async prune(hoje, max = MAX_GUIA_RECORDS) {
      const live: [string, string][] = [];
      let drop: string[] = [];
      const upgraded: Raw = {};
      const asRead = await all();
      for (const [key, value] of asRead) {
        const read = readStoredRecord(value);
        if (!read || read.record.expiraEm < hoje) drop.push(key);
        else {
          live.push([key, read.record.gravadaEm]);
          if (read.migrated) upgraded[key] = read.stored;
        }
      }
      if (live.length > max) {
        live.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
        drop.push(...live.slice(0, live.length - max).map(([k]) => k));
      }
      for (const key of drop) delete upgraded[key];
      // Another part of the extension (a guia saved in Digitar Guia, an XML checked in the popup) may have written
      // one of these keys anew while every record was read and decoded: only what is still as read is touched.
      const touched = [...drop, ...Object.keys(upgraded)];
      if (touched.length) {
        const before = new Map(asRead);
        const now = await area.get(touched);
        const unchanged = (key: string) => sameValue(now[key], before.get(key));
        drop = drop.filter(unchanged);
        for (const key of Object.keys(upgraded)) if (!unchanged(key)) delete upgraded[key];
      }
      if (Object.keys(upgraded).length) await area.set(upgraded);
      if (drop.length) await area.remove(drop);
      return drop.length;
    },
    async retain(hoje, dias) {
      const drop: string[] = [];
      const shortened: Raw = {};
      for (const [key, value] of await all()) {
        const read = readStoredRecord(value);
        if (!read) continue; // a broken record is prune's
        const limite = addDays(read.record.gravadaEm, dias);
        if (!limite || limite >= read.record.expiraEm) continue;
        if (limite < hoje) drop.push(key);
        else shortened[key] = withExpiry(read.stored, limite);
      }
      if (Object.keys(shortened).length) await area.set(shortened);
      if (drop.length) await area.remove(drop);
      return drop.length;
    },
  };
  return store;
}

/** A stored value as it was read: a string (v6 on) compared as is, an older layout's object by its JSON. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Calls back with the keys of the guia records written or erased in this area (a guia saved, an XML checked,
 * "Apagar dados de guias" in another tab); settings changes are not record changes. Returns unsubscribe.
 */
export function watchGuiaRecords(
  changes: StorageChangeSource,
  onChange: (keys: readonly string[]) => void,
  areaName = 'local',
): () => void {
  const listener = (c: Record<string, unknown>, name: string) => {
    if (name !== areaName) return;
    const keys = Object.keys(c).filter((k) => k.startsWith(GUIA_KEY_PREFIX));
    if (keys.length) onChange(keys);
  };
  changes.addListener(listener);
  return () => changes.removeListener(listener);
}
