// The dates of a guia that deadlines count from.
import type { Guia, Procedimento } from './context.ts';
import { earliestOf } from './dates.ts';

export type BaseData = 'atendimento' | 'realizacao';

const realizacao = (p: Procedimento) => p.dataRealizacao;

/**
 * The date a deadline counts from: the atendimento date, or the earliest realização of its procedures
 * ('realizacao' prefers the procedures; each falls back on the other when absent).
 */
export function dataBase(guia: Guia, base: BaseData): string | undefined {
  // The procedures are read only when their date may be the answer, and in place (a lote page's first run asks
  // of 100 guias: no list of their dates per guia).
  if (base === 'atendimento' && guia.dataAtendimento !== undefined) return guia.dataAtendimento;
  return earliestOf(guia.procedimentos, realizacao) ?? guia.dataAtendimento;
}
