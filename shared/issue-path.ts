// One way to write where a bad value sits, in every message (pack validation, API 400s, the console's form).
/** A zod-style issue path as one string, the one format used in every message: "regras[3].options.max". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(raiz)';
}
