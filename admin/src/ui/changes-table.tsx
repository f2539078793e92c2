// A list of pack changes (path, kind, before, after): the same table for "what this publication changes" and
// for the diff between two published versions.
import type { Change } from '../api/types.ts';

const OP_PT: Record<Change['op'], string> = { added: 'incluído', removed: 'removido', changed: 'alterado' };

const show = (v: unknown) => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

export function ChangesTable({ changes, caption, testId }: { changes: Change[]; caption: string; testId: string }) {
  return (
    <table class="grid" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Campo</th>
          <th scope="col">Mudança</th>
          <th scope="col">Antes</th>
          <th scope="col">Depois</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.path}>
            <th scope="row">
              <code>{c.path}</code>
            </th>
            <td>{OP_PT[c.op]}</td>
            <td>{show(c.old)}</td>
            <td>{show(c.new)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
