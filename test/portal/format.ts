// How the portal writes dates and amounts (pt-BR): "17/04/2023", "R$ 1.234,56".

/** 'YYYY-MM-DD' → 'DD/MM/YYYY'; empty when absent. */
export function dataBr(iso: string | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}${iso.length > 10 ? iso.slice(10) : ''}`;
}

/** 'DD/MM/YYYY' → 'YYYY-MM-DD'; undefined when it is not a real calendar date. */
export function dataIso(br: string): string | undefined {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(br.trim());
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2]}-${m[1]}`;
  const d = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? undefined : iso;
}

/** Centavos → "R$ 1.234,56". */
export function reais(centavos: number): string {
  const negativo = centavos < 0;
  const abs = Math.abs(Math.round(centavos));
  const inteiro = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negativo ? '-' : ''}R$ ${inteiro},${String(abs % 100).padStart(2, '0')}`;
}

/** "1.234,56" / "R$ 80,00" / "80" → centavos; undefined when not a number. */
export function centavos(texto: string): number | undefined {
  const limpo = texto
    .replace(/R\$\s*/, '')
    .replace(/\./g, '')
    .replace(',', '.')
    .trim();
  if (!/^\d+(\.\d{1,2})?$/.test(limpo)) return undefined;
  return Math.round(Number(limpo) * 100);
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Tagged template that escapes every interpolated value unless it is already `Html`. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1]!;
  });
  return new Html(out);
}

function render(v: unknown): string {
  if (v === undefined || v === null || v === false) return '';
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeHtml(String(v));
}
