// The dates of a guia that deadlines count from.
import type { Guia } from './context.ts';
import { earliest } from './dates.ts';

export type BaseData = 'atendimento' | 'realizacao';

/**
 * The date a deadline counts from: the atendimento date, or the earliest realização of its procedures
 * ('realizacao' prefers the procedures; each falls back on the other when absent).
 */
export function dataBase(guia: Guia, base: BaseData): string | undefined {
  const realizacao = earliest(guia.procedimentos.map((p) => p.dataRealizacao));
  return base === 'atendimento' ? (guia.dataAtendimento ?? realizacao) : (realizacao ?? guia.dataAtendimento);
}
