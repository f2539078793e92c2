// Where each value of a JSON text sits (line, column), so a schema error on "regras[3].options.dias" can be
// shown at its line in the raw-JSON tab. JSON.parse gives neither positions of values nor, across browsers, a
// stable position for syntax errors: this small reader gives both, in pt-BR.
export interface JsonPosition {
  line: number;
  column: number;
}

export type LocatedJson =
  | { ok: true; value: unknown; positions: Map<string, JsonPosition> }
  | { ok: false; error: { message: string } & JsonPosition };

/** Same notation as the pack schema's issue paths: regras[3].options.dias */
export function pathKey(path: readonly (string | number)[]): string {
  let out = '';
  for (const k of path) out += typeof k === 'number' ? `[${k}]` : out ? `.${k}` : k;
  return out;
}

/** The API writes "regras.3.options.dias", the pack schema "regras[3].options.dias": one key for both. */
export function normalizeIssuePath(path: string): string {
  return path.replace(/\.(\d+)(?=\.|\[|$)/g, '[$1]');
}

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

export function locateJson(text: string): LocatedJson {
  const positions = new Map<string, JsonPosition>();
  // Line starts, for offset → line/column.
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const posOf = (offset: number): JsonPosition => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++;
  };
  const fail = (msg: string): never => {
    throw new JsonSyntaxError(msg, i);
  };
  const expect = (ch: string) => {
    if (text[i] !== ch)
      fail(i >= text.length ? `fim do texto; faltou "${ch}"` : `esperava "${ch}" e encontrou "${text[i]}"`);
    i++;
  };
  const str = (): string => {
    const start = i;
    expect('"');
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\n') fail('texto entre aspas não pode quebrar a linha; faltou fechar as aspas?');
      i += text[i] === '\\' ? 2 : 1;
    }
    expect('"');
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      i = start;
      return fail('texto entre aspas com escape inválido');
    }
  };
  const value = (path: (string | number)[]): unknown => {
    ws();
    positions.set(pathKey(path), posOf(i));
    const ch = text[i];
    if (ch === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      ws();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[i] !== '"')
          fail(text[i] === '}' ? 'vírgula sobrando antes de "}"' : 'esperava o nome de um campo entre aspas');
        const keyAt = i;
        const key = str();
        ws();
        expect(':');
        obj[key] = value([...path, key]);
        // Point errors about a field at its name, where people look, not at its value.
        positions.set(pathKey([...path, key]), posOf(keyAt));
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        expect('}');
        return obj;
      }
    }
    if (ch === '[') {
      i++;
      const arr: unknown[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(value([...path, arr.length]));
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          if (text[i] === ']') fail('vírgula sobrando antes de "]"');
          continue;
        }
        expect(']');
        return arr;
      }
    }
    if (ch === '"') return str();
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
    if (!m)
      fail(
        i >= text.length
          ? 'fim do texto; o JSON está incompleto'
          : `valor inválido começando em "${text.slice(i, i + 12)}"`,
      );
    i += m![0].length;
    return JSON.parse(m![0]);
  };
  try {
    const v = value([]);
    ws();
    if (i < text.length) fail('texto sobrando depois do fim do JSON');
    return { ok: true, value: v, positions };
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { ok: false, error: { message: e.message, ...posOf(e.at) } };
    throw e;
  }
}

/** Line of the deepest known ancestor of an issue path (a missing field is reported where its parent is). */
export function lineOf(positions: Map<string, JsonPosition>, path: string): number | undefined {
  let p = normalizeIssuePath(path);
  for (;;) {
    const hit = positions.get(p);
    if (hit) return hit.line;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) return positions.get('')?.line;
    p = p.slice(0, cut);
  }
}
