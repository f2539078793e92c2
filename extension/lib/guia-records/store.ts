// The kept guia records in `storage.local`, one key per (operadora, Nº Guia Prestador): a lookup reads only
// the keys it needs (O(1) each, never the whole area) and two writers (content script, popup) never
// overwrite each other's records. A record that does not parse is dropped alone; an expired one is
// ignored and removed; `prune` keeps the count under MAX_GUIA_RECORDS, oldest first.
import type { StorageAreaLike } from '../storage.ts';
import {
  GUIA_KEY_PREFIX,
  GUIA_RECORD_VERSION,
  type GuiaRecord,
  type GuiaRecordInput,
  guiaRecordKey,
  guiaRecordSchema,
  MAX_GUIA_RECORDS,
  toGuiaRecord,
} from './schema.ts';

type Raw = Record<string, unknown>;

/**
 * Record layout changes, oldest first: each takes a raw record at version `from` and returns it at `from + 1`.
 * None yet (v1 is the first layout); a record of an unknown (newer) version is dropped, not guessed.
 */
export const recordMigrations: Record<number, (raw: Raw) => Raw> = {};

/** A stored value as a current record, or undefined when it cannot be one (then it is dropped). */
export function readRecord(value: unknown, migrations = recordMigrations): GuiaRecord | undefined {
  if (!value || typeof value !== 'object') return undefined;
  let raw = value as Raw;
  let v = raw.v;
  while (typeof v === 'number' && v < GUIA_RECORD_VERSION) {
    const step = migrations[v];
    if (!step) return undefined;
    raw = step(raw);
    v = raw.v;
  }
  const parsed = guiaRecordSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
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
  /** The live records of these guias of one operadora, by Nº Guia Prestador. */
  lookup(operadora: string, numeros: readonly string[], hoje: string): Promise<Map<string, GuiaRecord>>;
  summary(hoje: string): Promise<GuiaRecordSummary>;
  /** Erases every record ("Apagar dados de guias"); returns how many. */
  clear(): Promise<number>;
  /** Drops expired and broken records and the oldest beyond `max`; returns how many went. */
  prune(hoje: string, max?: number): Promise<number>;
}

export function createGuiaRecordStore(area: StorageAreaLike): GuiaRecordStore {
  async function all(): Promise<[string, unknown][]> {
    const raw = await area.get(null);
    return Object.entries(raw ?? {}).filter(([k]) => k.startsWith(GUIA_KEY_PREFIX));
  }
  return {
    async save(inputs, opts) {
      const items: Raw = {};
      for (const input of inputs) {
        const rec = toGuiaRecord(input, opts);
        // A guia that cannot be kept (no number, 500 items) is simply not kept: the lote page then says so.
        if (rec) items[guiaRecordKey(rec.operadora, rec.numero)] = rec;
      }
      const n = Object.keys(items).length;
      if (n) await area.set(items);
      return n;
    },
    async lookup(operadora, numeros, hoje) {
      const out = new Map<string, GuiaRecord>();
      if (!numeros.length) return out;
      const keys = numeros.map((n) => guiaRecordKey(operadora, n));
      const raw = await area.get(keys);
      const drop: string[] = [];
      for (const key of keys) {
        if (!(key in raw)) continue;
        const rec = readRecord(raw[key]);
        if (!rec || rec.expiraEm < hoje) drop.push(key);
        else out.set(rec.numero, rec);
      }
      if (drop.length) await area.remove(drop).catch(() => {});
      return out;
    },
    async summary(hoje) {
      let quantidade = 0;
      let desde: string | undefined;
      for (const [, value] of await all()) {
        const rec = readRecord(value);
        if (!rec || rec.expiraEm < hoje) continue;
        quantidade++;
        const dia = rec.gravadaEm.slice(0, 10);
        if (!desde || dia < desde) desde = dia;
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
      const drop: string[] = [];
      for (const [key, value] of await all()) {
        const rec = readRecord(value);
        if (!rec || rec.expiraEm < hoje) drop.push(key);
        else live.push([key, rec.gravadaEm]);
      }
      if (live.length > max) {
        live.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
        drop.push(...live.slice(0, live.length - max).map(([k]) => k));
      }
      if (drop.length) await area.remove(drop);
      return drop.length;
    },
  };
}
