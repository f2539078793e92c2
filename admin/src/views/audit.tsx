// Audit log with filters (operadora, pessoa, ação, desde): who did what, when, from which version to which.

import { useEffect, useState } from 'preact/hooks';
import { contagem } from '../../../shared/plural.ts';
import type { AdminApi, AuditFilters } from '../api/admin-api.ts';
import { explainError } from '../api/errors.ts';
import type { AuditEntry } from '../api/types.ts';
import { formatWhen, Notice } from '../ui/notice.tsx';

export const ACTION_PT: Record<string, string> = {
  seed: 'carga inicial',
  'token.create': 'chave criada',
  'draft.save': 'rascunho salvo',
  'draft.validate': 'rascunho validado',
  'pack.publish': 'publicação',
  'pack.rollback': 'reversão',
  'auth.failed': 'acesso recusado (token inválido)',
  'admin.refused': 'ação recusada',
};

export function AuditView({ api, ans }: { api: AdminApi; ans?: string | undefined }) {
  const [filters, setFilters] = useState<AuditFilters>(ans ? { ans } : {});
  const [applied, setApplied] = useState<AuditFilters>(filters);
  const [items, setItems] = useState<AuditEntry[]>([]);
  const [next, setNext] = useState<string | null | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [loading, setLoading] = useState(false);

  const load = (f: AuditFilters, append: boolean) => {
    setLoading(true);
    api.audit(f).then(
      (page) => {
        setItems((old) => (append ? [...old, ...page.items] : page.items));
        setNext(page.nextCursor);
        setError(undefined);
        setLoading(false);
      },
      (e) => {
        setError(explainError(e));
        setLoading(false);
      },
    );
  };
  useEffect(() => load(applied, false), [api, applied]);

  const field = (k: keyof AuditFilters) => ({
    value: filters[k] ?? '',
    onInput: (e: { currentTarget: HTMLInputElement | HTMLSelectElement }) =>
      setFilters({ ...filters, [k]: e.currentTarget.value || undefined }),
  });

  return (
    <section>
      <h1>Auditoria</h1>
      <form
        class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          // Midnight in São Paulo, sent as UTC: the log stores UTC timestamps.
          const since = filters.since ? new Date(`${filters.since}T00:00:00-03:00`).toISOString() : undefined;
          setApplied({ ...filters, since });
        }}
      >
        <div class="field">
          <label for="f-ans">Operadora (registro/chave)</label>
          <input id="f-ans" type="text" {...field('ans')} />
        </div>
        <div class="field">
          <label for="f-actor">Pessoa</label>
          <input id="f-actor" type="text" {...field('actor')} />
        </div>
        <div class="field">
          <label for="f-action">Ação</label>
          <select id="f-action" {...field('action')} onChange={field('action').onInput}>
            <option value="">todas</option>
            {Object.entries(ACTION_PT).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-since">Desde</label>
          <input id="f-since" type="date" {...field('since')} />
        </div>
        <button type="submit">Filtrar</button>
      </form>
      {error && <Notice kind="error">{error}</Notice>}
      <table class="grid" aria-busy={loading}>
        <caption>
          {items.length ? contagem(items.length, 'registro', 'registros') : loading ? 'Carregando…' : 'Nenhum registro'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Quando</th>
            <th scope="col">Quem</th>
            <th scope="col">Ação</th>
            <th scope="col">Operadora</th>
            <th scope="col">De → para</th>
            <th scope="col">Detalhe</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id}>
              <td>{formatWhen(a.at)}</td>
              <td>
                {a.actor ?? '—'}
                {a.role ? ` (${a.role})` : ''}
              </td>
              <td>{ACTION_PT[a.action] ?? a.action}</td>
              <td>{a.ans ?? '—'}</td>
              <td>{a.fromVersao || a.toVersao ? `${a.fromVersao ?? '—'} → ${a.toVersao ?? '—'}` : '—'}</td>
              <td>{typeof a.detail === 'string' ? a.detail : a.detail ? JSON.stringify(a.detail) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {next && (
        <button type="button" disabled={loading} onClick={() => load({ ...applied, cursor: next }, true)}>
          Carregar mais
        </button>
      )}
    </section>
  );
}
