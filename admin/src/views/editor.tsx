// One operadora's pack: loads the draft (editors) or the published pack (viewers), holds the working copy
// and hands it to the tabs. Saving uses the draft's etag (If-Match): a stale save is refused by the API and the
// user's edits stay on screen, with a copy to reapply after reloading.

import { useEffect, useMemo, useState } from 'preact/hooks';
import { parseRulePack } from '../../../shared/rules/pack-schema.ts';
import { countText } from '../../../shared/severity-words.ts';
import type { AdminApi } from '../api/admin-api.ts';
import { ApiError, explainError } from '../api/errors.ts';
import { can, type Me, type Publication } from '../api/types.ts';
import { operadoraNome, type PackJson, packText } from '../pack/pack-draft.ts';
import { Notice } from '../ui/notice.tsx';
import { Tabs } from '../ui/tabs.tsx';
import { HistoryTab } from './history-tab.tsx';
import { JsonTab } from './json-tab.tsx';
import { ListsTab } from './lists-tab.tsx';
import { PublishTab } from './publish-tab.tsx';
import { RecursoTab } from './recurso-tab.tsx';
import { RulesTab } from './rules-tab.tsx';
import { TestTab } from './test-tab.tsx';

export interface Loaded {
  pack: PackJson;
  savedText: string;
  draftEtag: string | undefined;
  current: Publication | undefined;
  publishedPack: PackJson | undefined;
  suggestedVersao: string | undefined;
}

async function load(api: AdminApi, ans: string, role: Me['role']): Promise<Loaded> {
  const [versions, published, draft] = await Promise.all([
    api.versions(ans),
    api.currentPack(ans).catch((e) => {
      if (e instanceof ApiError && e.status === 404) return undefined;
      throw e;
    }),
    can(role, 'editor') ? api.draft(ans) : Promise.resolve(undefined),
  ]);
  const pack = (draft?.pack ?? published?.pack ?? {}) as PackJson;
  return {
    pack,
    savedText: packText(pack),
    draftEtag: draft?.etag,
    current: versions.current ?? undefined,
    publishedPack: published?.pack as PackJson | undefined,
    suggestedVersao: draft?.suggestedVersao ?? undefined,
  };
}

export function EditorView({ api, me, ans }: { api: AdminApi; me: Me; ans: string }) {
  const [state, setState] = useState<Loaded | undefined>();
  const [pack, setPack] = useState<PackJson>({});
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [stale, setStale] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const readOnly = !can(me.role, 'editor');

  const reload = () =>
    load(api, ans, me.role).then(
      (l) => {
        setState(l);
        setPack(l.pack);
        setError(undefined);
      },
      (e) => setError(explainError(e)),
    );
  useEffect(() => {
    void reload();
  }, [api, ans]);

  const text = useMemo(() => packText(pack), [pack]);
  const dirty = state !== undefined && text !== state.savedText;
  const issues = useMemo(() => {
    const r = parseRulePack(pack);
    return r.ok ? [] : r.issues;
  }, [pack]);

  const save = async () => {
    if (!state?.draftEtag) return;
    setSaving(true);
    setNotice(undefined);
    try {
      const d = await api.saveDraft(ans, pack, state.draftEtag);
      const saved = d.pack as PackJson;
      setState({
        ...state,
        pack: saved,
        savedText: packText(saved),
        draftEtag: d.etag,
        suggestedVersao: d.suggestedVersao ?? undefined,
      });
      setPack(saved);
      setError(undefined);
      setStale(undefined);
      setNotice(`Rascunho salvo (revisão ${d.revision}).`);
    } catch (e) {
      setError(explainError(e));
      // Keep what the user typed: the copy below lets them reapply it after reloading.
      if (e instanceof ApiError && e.status === 412) setStale(text);
    } finally {
      setSaving(false);
    }
  };

  if (!state) {
    return error ? <Notice kind="error">{error}</Notice> : <p role="status">Carregando o pacote…</p>;
  }

  const nome = operadoraNome(pack) || ans;
  return (
    <section>
      <h1>
        {nome} <small>({ans})</small>
      </h1>
      <p class="meta">
        Versão publicada: <strong data-testid="current-version">{state.current?.versao ?? '—'}</strong>
        {readOnly && ' · somente leitura (seu perfil não edita)'}
      </p>
      <div class="actions" role="toolbar" aria-label="Rascunho">
        {!readOnly && (
          <button type="button" disabled={!dirty || saving || issues.length > 0} onClick={save}>
            {saving ? 'Salvando…' : 'Salvar rascunho'}
          </button>
        )}
        {!readOnly && dirty && (
          <button type="button" class="secondary" onClick={() => setPack(state.pack)}>
            Desfazer alterações
          </button>
        )}
        <span class="status" role="status">
          {dirty ? 'Alterações não salvas' : readOnly ? '' : 'Rascunho salvo'}
        </span>
      </div>
      {notice && <Notice kind="ok">{notice}</Notice>}
      {error && <Notice kind="error">{error}</Notice>}
      {stale && (
        <div class="stale">
          <button
            type="button"
            onClick={() => {
              setNotice('Rascunho recarregado. Suas alterações estão no quadro abaixo para reaplicar.');
              void reload();
            }}
          >
            Recarregar o rascunho do servidor
          </button>
          <label for="stale-copy">Suas alterações (cópia para reaplicar)</label>
          <textarea id="stale-copy" class="mono" rows={6} readOnly value={stale} />
        </div>
      )}
      {!readOnly && issues.length > 0 && (
        <Notice kind="error">
          O pacote tem {countText('error', issues.length)} e não pode ser salvo. Veja a aba “JSON avançado”. Primeiro:{' '}
          <code>{issues[0]?.path}</code> — {issues[0]?.message}
        </Notice>
      )}
      <Tabs
        label="Partes do pacote"
        tabs={[
          {
            id: 'regras',
            title: 'Regras',
            render: () => <RulesTab pack={pack} setPack={setPack} readOnly={readOnly} />,
          },
          {
            id: 'listas',
            title: 'Documentos e categorias',
            render: () => <ListsTab pack={pack} setPack={setPack} readOnly={readOnly} part="listas" />,
          },
          {
            id: 'rotulos',
            title: 'Rótulos do portal',
            render: () => <ListsTab pack={pack} setPack={setPack} readOnly={readOnly} part="rotulos" />,
          },
          {
            id: 'recurso',
            title: 'Recurso de glosa',
            render: () => <RecursoTab pack={pack} setPack={setPack} readOnly={readOnly} />,
          },
          {
            id: 'json',
            title: 'JSON avançado',
            render: () => <JsonTab pack={pack} setPack={setPack} readOnly={readOnly} />,
          },
          { id: 'testar', title: 'Testar', render: () => <TestTab draft={pack} published={state.publishedPack} /> },
          {
            id: 'publicar',
            title: 'Publicar',
            render: () => (
              <PublishTab
                api={api}
                me={me}
                ans={ans}
                loaded={state}
                pack={pack}
                dirty={dirty}
                onPublished={() => void reload()}
              />
            ),
          },
          {
            id: 'historico',
            title: 'Histórico',
            render: () => (
              <HistoryTab api={api} me={me} ans={ans} current={state.current} onChanged={() => void reload()} />
            ),
          },
        ]}
      />
    </section>
  );
}
