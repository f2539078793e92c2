import { type Html, html } from '../format.ts';
import type { Operadora, PortalState } from '../state.ts';
export function guiaFaturamentoPage(
  _tipo: 'sp-sadt' | 'consulta',
  _op: Operadora,
  _lote: string,
  _state: PortalState,
): Html {
  return html`<p>TODO</p>`;
}
