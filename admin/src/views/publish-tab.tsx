// Publish the saved draft: a change note, a version (semver bump suggested from what changed), an optional
// server check (schema + dry run), then POST publish with the etag of the publication the editor started
// from — if someone else published meanwhile, the API answers 412 and the user is told which version won.

import { useMemo, useState } from 'preact/hooks';
import { diffPacks } from '../../../shared/pack-diff.ts';
import { contagem } from '../../../shared/plural.ts';
import { criticas } from '../../../shared/severity-words.ts';
import type { AdminApi } from '../api/admin-api.ts';
import { explainError, rolePt } from '../api/errors.ts';
import { can, type Me, type ValidationResult } from '../api/types.ts';
import { type PackJson, ruleIdChanges, versaoOf } from '../pack/pack-draft.ts';
import { type Bump, bumpVersion, compareSemver, parseSemver, suggestBump } from '../pack/semver.ts';
import { ChangesTable } from '../ui/changes-table.tsx';
import { Notice } from '../ui/notice.tsx';
import type { Loaded } from './editor.tsx';

const BUMP_PT: Record<Bump, string> = {
  patch: 'Correção (ajuste de prazo, texto ou gravidade)',
  minor: 'Nova regra ou regra removida',
  major: 'Mudança grande (ex.: novo layout do portal)',
};

export function PublishTab(props: {
  api: AdminApi;
  me: Me;
  ans: string;
  loaded: Loaded;
  pack: PackJson;
  dirty: boolean;
  onPublished: () => void;
}) {
  const { api, me, ans, loaded, pack, dirty } = props;
  const currentVersao = loaded.current?.versao ?? versaoOf(loaded.publishedPack ?? {}) ?? '0.0.0';
  const suggested = suggestBump(ruleIdChanges(loaded.publishedPack ?? {}, pack));
  // Same path notation as the server's version diff (one implementation: shared/pack-diff.ts).
  const changes = useMemo(() => diffPacks(loaded.publishedPack ?? {}, pack), [loaded.publishedPack, pack]);
  const [bump, setBump] = useState<Bump>(suggested);
  const [versao, setVersao] = useState(bumpVersion(currentVersao, suggested));
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const [check, setCheck] = useState<ValidationResult | undefined>();

  if (!can(me.role, 'publisher')) {
    return (
      <Notice kind="info">
        Seu perfil ({rolePt(me.role)}) não publica pacotes. Salve o rascunho e peça a um responsável pela publicação.
      </Notice>
    );
  }
  const versionProblem = !parseSemver(versao)
    ? 'Use o formato 1.2.3.'
    : compareSemver(versao, currentVersao) <= 0
      ? `Deve ser maior que a versão atual (${currentVersao}).`
      : undefined;

  const validate = async () => {
    setBusy(true);
    try {
      setCheck(await api.validateDraft(ans));
      setError(undefined);
    } catch (e) {
      setError(explainError(e));
    } finally {
      setBusy(false);
    }
  };

  const publish = async () => {
    if (!loaded.current) return;
    setBusy(true);
    setDone(undefined);
    try {
      const p = await api.publish(ans, loaded.current.etag, note.trim(), versao);
      setError(undefined);
      setDone(`Versão ${p.versao} publicada. As extensões recebem a nova versão na próxima sincronização.`);
      props.onPublished();
    } catch (e) {
      setError(explainError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="publish"
      onSubmit={(e) => {
        e.preventDefault();
        void publish();
      }}
    >
      {dirty && (
        <Notice kind="info">
          Há alterações não salvas. Salve o rascunho antes de publicar: só o rascunho salvo é publicado.
        </Notice>
      )}
      {changes.length === 0 ? (
        <Notice kind="info">O rascunho é igual à versão publicada ({currentVersao}): não há o que publicar.</Notice>
      ) : (
        <ChangesTable
          changes={changes}
          testId="publish-changes"
          caption={`O que muda em relação à versão publicada ${currentVersao}: ${contagem(changes.length, 'alteração', 'alterações')}`}
        />
      )}
      <fieldset>
        <legend>Tipo de mudança</legend>
        {(Object.keys(BUMP_PT) as Bump[]).map((b) => (
          <label key={b} class="inline">
            <input
              type="radio"
              name="bump"
              value={b}
              checked={bump === b}
              onChange={() => {
                setBump(b);
                setVersao(bumpVersion(currentVersao, b));
              }}
            />
            {BUMP_PT[b]}
            {b === suggested && ' (sugerido)'}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="pub-versao">Nova versão</label>
        <input
          id="pub-versao"
          type="text"
          value={versao}
          required
          aria-describedby="pub-versao-help"
          aria-invalid={Boolean(versionProblem)}
          onInput={(e) => setVersao(e.currentTarget.value.trim())}
        />
        <small id="pub-versao-help" class={versionProblem ? 'field-error' : 'hint'}>
          {versionProblem ?? `Versão atual: ${currentVersao}.`}
        </small>
      </div>
      <div class="field">
        <label for="pub-note">Nota da mudança</label>
        <textarea
          id="pub-note"
          rows={3}
          required
          value={note}
          aria-describedby="pub-note-help"
          onInput={(e) => setNote(e.currentTarget.value)}
        />
        <small id="pub-note-help" class="hint">
          O que mudou e por quê, ex.: “Prazo de envio da PASA passa de 90 para 60 dias (comunicado de 10/11).”
        </small>
      </div>
      <div class="actions">
        <button type="button" class="secondary" disabled={busy || dirty} onClick={validate}>
          Verificar no servidor
        </button>
        <button
          type="submit"
          disabled={busy || dirty || changes.length === 0 || !note.trim() || Boolean(versionProblem) || !loaded.current}
        >
          {busy ? 'Aguarde…' : `Publicar versão ${versao}`}
        </button>
      </div>
      {check && (
        <Notice kind={check.ok ? 'ok' : 'error'}>
          {check.ok
            ? `Rascunho válido. Teste em ${contagem(check.dryRun?.contexts ?? 0, 'exemplo', 'exemplos')}: ${criticas(check.dryRun?.findings.length ?? 0)}, nenhuma regra falhou.`
            : `O servidor encontrou problemas: ${[
                ...check.errors.map((e) => `${e.path}: ${e.message}`),
                ...(check.dryRun?.failures ?? []).map((f) => `regra ${f.rule} falhou: ${f.message}`),
              ].join('; ')}`}
        </Notice>
      )}
      {done && <Notice kind="ok">{done}</Notice>}
      {error && <Notice kind="error">{error}</Notice>}
    </form>
  );
}
