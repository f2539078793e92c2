import { useEffect, useState } from 'preact/hooks';
import type { AdminApi } from '../api/admin-api.ts';
import { explainError } from '../api/errors.ts';
import type { OperadoraRow } from '../api/types.ts';
import { formatWhen, Notice } from '../ui/notice.tsx';

export function OperadorasView({ api }: { api: AdminApi }) {
  const [rows, setRows] = useState<OperadoraRow[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    api.operadoras().then(setRows, (e) => setError(explainError(e)));
  }, [api]);
  return (
    <section>
      <h1>Operadoras</h1>
      {error && <Notice kind="error">{error}</Notice>}
      {!rows && !error && <p role="status">Carregando…</p>}
      {rows && (
        <table class="grid">
          <caption>Pacotes de regras publicados</caption>
          <thead>
            <tr>
              <th scope="col">Operadora</th>
              <th scope="col">Registro/chave</th>
              <th scope="col">Versão atual</th>
              <th scope="col">Publicado por</th>
              <th scope="col">Em</th>
              <th scope="col">Rascunho</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.ans}>
                <th scope="row">
                  <a href={`#/operadoras/${encodeURIComponent(r.ans)}`}>{r.nome}</a>
                </th>
                <td>{r.ans}</td>
                <td>{r.versao ?? '—'}</td>
                <td>{r.publicadoPor ?? '—'}</td>
                <td>{formatWhen(r.atualizadoEm)}</td>
                <td>{r.temRascunho ? 'em edição' : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
