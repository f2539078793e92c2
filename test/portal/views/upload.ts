import { type Html, html } from '../format.ts';
export function uploadXmlPage(): Html {
  return html`<p>TODO</p>`;
}
