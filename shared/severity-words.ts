// Severity in words for people, kept apart from findings.ts (no zod) so the content script can import it cheaply.
import type { Severity } from './findings.ts';
import { contagem } from './plural.ts';

/** The one set of severity words, wherever a clerk reads them (inline warnings, popup, CLI, docs, console). */
export const severityWord: Readonly<Record<Severity, string>> = {
  error: 'Erro',
  warning: 'Atenção',
  info: 'Informação',
};

const countWords: Readonly<Record<Severity, [string, string]>> = {
  error: ['erro', 'erros'],
  warning: ['ponto de atenção', 'pontos de atenção'],
  info: ['informação', 'informações'],
};

/** "1 crítica gerada", "3 críticas geradas": findings of any severity, counted. */
export function criticas(n: number): string {
  return contagem(n, 'crítica gerada', 'críticas geradas');
}

/** "1 erro", "3 erros", "1 ponto de atenção": a count of findings of one severity, agreeing in number. */
export function countText(severity: Severity, n: number): string {
  const [one, many] = countWords[severity];
  return contagem(n, one, many);
}
