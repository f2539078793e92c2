import { type Html, html } from '../format.ts';
export function recursoGlosaPage(_n: number): Html {
  return html`<p>TODO</p>`;
}
