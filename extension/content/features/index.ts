// Every feature, in the order they run. A test fails when a file in this folder is not listed here or not
// described in README.md.
import type { Feature } from '../feature.ts';
import loteTamanho from './lote-tamanho.ts';

export const allFeatures: readonly Feature[] = [loteTamanho];
