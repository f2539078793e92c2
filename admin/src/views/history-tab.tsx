// Every published version, newest first; the changes between two versions; rollback to an older one
// (publishers only; asks for confirmation and is itself a new publication).

import { useEffect, useState } from 'preact/hooks';
import { contagem } from '../../../shared/plural.ts';
import type { AdminApi } from '../api/admin-api.ts';
import { explainError } from '../api/errors.ts';
import { type Change, can, type Me, type Publication } from '../api/types.ts';
import { ChangesTable } from '../ui/changes-table.tsx';
import { formatWhen, Notice } from '../ui/notice.tsx';

const KIND_PT: Record<string, string> = { seed: 'carga inicial', publish: 'publicação', rollback: 'reversão' };

export function HistoryTab(props: {
  api: AdminApi;
  me: Me;
  ans: string;
  current: Publication | undefined;
  onChanged: () => void;
}) {
  const { api, me, ans } = props;
  const [versions, setVersions] = useState<Publication[] | undefined>();
  const [current, setCurrent] = useState<Publication | undefined>(props.current);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [changes, setChanges] = useState<Change[] | undefined>();
  const [confirm, setConfirm] = useState<string | undefined>();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();

  const load = () =>
    api.versions(ans).then(
      (v) => {
        setVersions(v.versions);
        setCurrent(v.current ?? undefined);
        const distinct = [...new Set(v.versions.map((p) => p.versao))];
        setTo((t) => t || distinct[0] || '');
        setFrom((f) => f || distinct[1] || distinct[0] || '');
      },
      (e) => setError(explainError(e)),
    );
  useEffect(() => {
    void load();
  }, [api, ans]);

  const showDiff = async () => {
    try {
      setChanges((await api.diff(ans, from, to)).changes);
      setError(undefined);
    } catch (e) {
      setError(explainError(e));
    }
  };

  const rollback = async (versao: string) => {
    if (!current) return;
    try {
      const p = await api.rollback(ans, current.etag, versao, note.trim() || undefined);
      setDone(`Versão ${p.versao} é de novo a atual (publicação nº ${p.sequence}).`);
      setConfirm(undefined);
      setNote('');
      setError(undefined);
      await load();
      props.onChanged();
    } catch (e) {
      setError(explainError(e));
    }
  };

  if (!versions) return error ? <Notice kind="error">{error}</Notice> : <p role="status">Carregando o histórico…</p>;
  const distinct = [...new Set(versions.map((p) => p.versao))];
  return (
    <div class="history">
      {done && <Notice kind="ok">{done}</Notice>}
      {error && <Notice kind="error">{error}</Notice>}
      <table class="grid">
        <caption>Publicações (a mais recente primeiro)</caption>
        <thead>
          <tr>
            <th scope="col">Nº</th>
            <th scope="col">Versão</th>
            <th scope="col">Tipo</th>
            <th scope="col">Quando</th>
            <th scope="col">Quem</th>
            <th scope="col">Nota</th>
            <th scope="col">Ações</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((p) => {
            const isCurrent = current?.sequence === p.sequence;
            return (
              <tr key={p.sequence}>
                <td>{p.sequence}</td>
                <th scope="row">
                  {p.versao}
                  {isCurrent && ' (atual)'}
                </th>
                <td>
                  {KIND_PT[p.kind] ?? p.kind}
                  {p.rollbackOf ? ` de ${p.rollbackOf}` : ''}
                </td>
                <td>{formatWhen(p.publishedAt)}</td>
                <td>{p.publishedBy ?? '—'}</td>
                <td>{p.note ?? ''}</td>
                <td>
                  {can(me.role, 'publisher') && !isCurrent && p.versao !== current?.versao && (
                    <button type="button" class="secondary" onClick={() => setConfirm(p.versao)}>
                      Reverter para {p.versao}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {confirm && (
        <fieldset class="confirm">
          <legend>
            Tornar a versão <strong>{confirm}</strong> a atual? As extensões passam a usá-la na próxima sincronização.
          </legend>
          <label for="rollback-note">Motivo da reversão</label>
          <input id="rollback-note" type="text" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          <div class="actions">
            <button type="button" onClick={() => void rollback(confirm)}>
              Confirmar reversão para {confirm}
            </button>
            <button type="button" class="secondary" onClick={() => setConfirm(undefined)}>
              Cancelar
            </button>
          </div>
        </fieldset>
      )}
      <fieldset class="diff-form">
        <legend>Comparar versões</legend>
        <label for="diff-from">De</label>
        <select id="diff-from" value={from} onChange={(e) => setFrom(e.currentTarget.value)}>
          {distinct.map((v) => (
            <option key={v}>{v}</option>
          ))}
        </select>
        <label for="diff-to">Para</label>
        <select id="diff-to" value={to} onChange={(e) => setTo(e.currentTarget.value)}>
          {distinct.map((v) => (
            <option key={v}>{v}</option>
          ))}
        </select>
        <button type="button" disabled={!from || !to} onClick={showDiff}>
          Ver diferenças
        </button>
      </fieldset>
      {changes && (
        <ChangesTable
          changes={changes}
          testId="version-diff"
          caption={
            changes.length
              ? `${contagem(changes.length, 'diferença', 'diferenças')} de ${from} para ${to}`
              : `Sem diferenças entre ${from} e ${to}`
          }
        />
      )}
    </div>
  );
}
