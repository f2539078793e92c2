// Words that agree with a count, instead of "guia(s)". Brazilian usage is singular for 1 only ("0 guias",
// "1 guia"); Intl.PluralRules('pt-BR') puts 0 with 1 (CLDR "one" is i = 0..1), which reads wrong here.

/** The word for n: `plural(1, 'dia', 'dias')` → "dia", `plural(3, …)` → "dias". */
export function plural(n: number, one: string, many: string): string {
  return Math.abs(n) === 1 ? one : many;
}

/** The count and its word: `contagem(3, 'guia', 'guias')` → "3 guias". */
export function contagem(n: number, one: string, many: string): string {
  return `${n} ${plural(n, one, many)}`;
}
