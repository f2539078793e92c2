// Options page: the rules server and the operadoras, the state of each rule pack ("sincronizar agora"), the
// portal checks the user keeps on, and the autofill profiles (professional data only, this computer only).
import { useEffect, useState } from 'preact/hooks';
import type { RulePack } from '../../../shared/rules/pack-schema.ts';
import { resolveActivePack } from '../../lib/active-pack.ts';
import { t } from '../../lib/i18n.ts';
import {
  type AutofillProfile,
  isLoopbackHost,
  type LastSync,
  operadoraChaveSchema,
  type Store,
  type StoreState,
  tenantOriginSchema,
  workerUrlSchema,
} from '../../lib/storage.ts';

export interface OptionsDeps {
  store: Store;
  bundled: readonly RulePack[];
  features: readonly { id: string; description: string }[];
  /** Asks the browser for access to the server's origin (must run inside the click). True when granted. */
  requestHostPermission: (origin: string) => Promise<boolean>;
  /** Gives back the host access to a match pattern (the user removed that portal). */
  removeHostPermission: (origin: string) => Promise<boolean>;
  syncNow: () => Promise<LastSync>;
  confirm: (message: string) => boolean;
  shortcut: string;
}

export function App({ deps }: { deps: OptionsDeps }) {
  const [state, setState] = useState<StoreState | undefined>();
  useEffect(() => {
    void deps.store.read().then(setState);
    return deps.store.watch(setState);
  }, [deps]);
  if (!state) return <main class="options" aria-busy="true" />;
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <ServerSection deps={deps} state={state} />
      <PacksSection deps={deps} state={state} />
      <TenantsSection deps={deps} state={state} />
      <FeaturesSection deps={deps} state={state} />
      <ProfilesSection deps={deps} state={state} />
    </main>
  );
}

type SectionProps = { deps: OptionsDeps; state: StoreState };

function parseOperadoras(text: string): { ok: true; value: string[] } | { ok: false; message: string } {
  const items = text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  for (const item of items) {
    const r = operadoraChaveSchema.safeParse(item);
    if (!r.success) return { ok: false, message: `"${item}": ${r.error.issues[0]?.message ?? ''}` };
  }
  return { ok: true, value: [...new Set(items)] };
}

type FormMessage = { kind: 'ok' | 'error'; text: string };

/** The outcome of a form, announced to screen readers. */
function StatusMessage({ message }: { message: FormMessage | undefined }) {
  return (
    <p class={`message message--${message?.kind ?? 'ok'}`} role="status">
      {message?.text}
    </p>
  );
}

function ServerSection({ deps, state }: SectionProps) {
  const [url, setUrl] = useState(state.workerUrl ?? '');
  const [operadoras, setOperadoras] = useState(state.operadoras.join(', '));
  const [message, setMessage] = useState<FormMessage>();

  async function save(e: Event) {
    e.preventDefault();
    const ops = parseOperadoras(operadoras);
    if (!ops.ok) return setMessage({ kind: 'error', text: t('optError', ops.message) });
    let workerUrl: string | undefined;
    if (url.trim()) {
      const parsed = workerUrlSchema.safeParse(url);
      if (!parsed.success)
        return setMessage({ kind: 'error', text: t('optError', parsed.error.issues[0]?.message ?? '') });
      workerUrl = parsed.data;
      const origin = new URL(workerUrl);
      // Loopback is in the test build's manifest; any other server needs the user's grant for its origin.
      if (!isLoopbackHost(origin) && !(await deps.requestHostPermission(`${origin.origin}/*`)))
        return setMessage({ kind: 'error', text: t('optPermissionDenied', origin.origin) });
    }
    try {
      await deps.store.write({ workerUrl, operadoras: ops.value });
    } catch (err) {
      return setMessage({ kind: 'error', text: t('optError', err instanceof Error ? err.message : String(err)) });
    }
    setMessage({ kind: 'ok', text: t('optSaved') });
    void deps.syncNow().catch(() => {});
  }

  return (
    <section aria-labelledby="sec-servidor">
      <h2 id="sec-servidor">{t('optServerTitle')}</h2>
      <form onSubmit={(e) => void save(e)}>
        <label for="workerUrl">{t('optWorkerUrl')}</label>
        <input
          id="workerUrl"
          type="url"
          inputMode="url"
          placeholder="https://"
          value={url}
          onInput={(e) => setUrl(e.currentTarget.value)}
          aria-describedby="workerUrl-help"
        />
        <p id="workerUrl-help" class="help">
          {t('optWorkerUrlHelp')}
        </p>
        <label for="operadoras">{t('optOperadoras')}</label>
        <input id="operadoras" value={operadoras} onInput={(e) => setOperadoras(e.currentTarget.value)} />
        <button type="submit">{t('optSave')}</button>
        <StatusMessage message={message} />
      </form>
    </section>
  );
}

function TenantsSection({ deps, state }: SectionProps) {
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState<FormMessage>();

  async function add(e: Event) {
    e.preventDefault();
    const parsed = tenantOriginSchema.safeParse(typed);
    if (!parsed.success)
      return setMessage({ kind: 'error', text: t('optError', parsed.error.issues[0]?.message ?? '') });
    const origin = parsed.data;
    // Requested inside the click (browsers demand a user gesture); stored only once the user grants it.
    let granted = false;
    try {
      granted = await deps.requestHostPermission(`${origin}/*`);
    } catch {
      granted = false;
    }
    if (!granted) return setMessage({ kind: 'error', text: t('optTenantDenied', origin) });
    const latest = await deps.store.read();
    await deps.store.write({ tenantOrigins: [...new Set([...latest.tenantOrigins, origin])] });
    setTyped('');
    setMessage({ kind: 'ok', text: t('optTenantAdded', origin) });
  }

  async function remove(origin: string) {
    const latest = await deps.store.read();
    await deps.store.write({ tenantOrigins: latest.tenantOrigins.filter((o) => o !== origin) });
    // The background unregisters the script on the storage change; the grant itself is given back too.
    await deps.removeHostPermission(`${origin}/*`).catch(() => false);
    setMessage({ kind: 'ok', text: t('optTenantRemoved', origin) });
  }

  return (
    <section aria-labelledby="sec-portais">
      <h2 id="sec-portais">{t('optTenantsTitle')}</h2>
      <p class="help">{t('optTenantsHelp')}</p>
      {state.tenantOrigins.length ? (
        <ul class="tenants">
          {state.tenantOrigins.map((origin) => (
            <li key={origin} data-origin={origin}>
              <span>{origin}</span>{' '}
              <button
                type="button"
                aria-label={`${t('optTenantRemove')} ${origin}`}
                onClick={() => void remove(origin)}
              >
                {t('optTenantRemove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="help">{t('optTenantsEmpty')}</p>
      )}
      {/* noValidate: our pt-BR message explains what is wrong, not the browser's generic URL bubble. */}
      <form noValidate onSubmit={(e) => void add(e)}>
        <label for="tenantOrigin">{t('optTenantOrigin')}</label>
        <input
          id="tenantOrigin"
          type="url"
          inputMode="url"
          placeholder="https://conectapasa.benner.com.br"
          value={typed}
          onInput={(e) => setTyped(e.currentTarget.value)}
        />
        <button type="submit">{t('optTenantAdd')}</button>
        <StatusMessage message={message} />
      </form>
    </section>
  );
}

function PacksSection({ deps, state }: SectionProps) {
  const [syncing, setSyncing] = useState(false);
  const keys = [...new Set([...state.operadoras, ...deps.bundled.map((p) => p.operadora.chave)])];
  const last = state.lastSync;
  return (
    <section aria-labelledby="sec-pacotes">
      <h2 id="sec-pacotes">{t('optSyncTitle')}</h2>
      <table class="packs">
        <thead>
          <tr>
            <th scope="col">{t('optPackColOperadora')}</th>
            <th scope="col">{t('optPackColVersao')}</th>
            <th scope="col">{t('optPackColOrigem')}</th>
            <th scope="col">{t('optPackColData')}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => {
            const active = resolveActivePack(key, state, deps.bundled);
            const stored = state.packs[key];
            return (
              <tr key={key} data-operadora={key}>
                <td>{active.origem === 'nenhum' ? key : `${active.pack.operadora.nome} (${key})`}</td>
                <td>{active.origem === 'nenhum' ? '—' : active.pack.versao}</td>
                <td>
                  {active.origem === 'sincronizado'
                    ? t('optOrigemSincronizado', active.sequence)
                    : active.origem === 'embutido'
                      ? t('optOrigemEmbutido')
                      : t('optOrigemNenhum')}
                </td>
                <td>{active.origem === 'sincronizado' && stored ? formatDate(stored.verifiedAt) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p class={`last-sync last-sync--${last.status}`} role="status">
        {last.status === 'nunca' ? t('optNeverSynced') : t('optLastSync', formatDate(last.at), last.message)}
      </p>
      <button
        type="button"
        disabled={syncing}
        onClick={() => {
          setSyncing(true);
          void deps
            .syncNow()
            .catch(() => {})
            .finally(() => setSyncing(false));
        }}
      >
        {syncing ? t('optSyncing') : t('optSyncNow')}
      </button>
    </section>
  );
}

function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('pt-BR');
}

function FeaturesSection({ deps, state }: SectionProps) {
  const setFeature = (id: string, on: boolean) => void deps.store.write({ features: { ...state.features, [id]: on } });
  return (
    <section aria-labelledby="sec-features">
      <h2 id="sec-features">{t('optFeaturesTitle')}</h2>
      <ul class="features">
        {deps.features.map((f) => (
          <li key={f.id}>
            <label>
              <input
                type="checkbox"
                name={f.id}
                checked={state.features[f.id] !== false}
                onChange={(e) => setFeature(f.id, e.currentTarget.checked)}
              />{' '}
              {f.description}
            </label>
          </li>
        ))}
      </ul>
      <label>
        <input
          type="checkbox"
          id="bloquear"
          checked={state.bloquearEnvioComErros}
          onChange={(e) => void deps.store.write({ bloquearEnvioComErros: e.currentTarget.checked })}
          aria-describedby="bloquear-help"
        />{' '}
        {t('optBloquear')}
      </label>
      <p id="bloquear-help" class="help">
        {t('optBloquearHelp')}
      </p>
    </section>
  );
}

const profileFields = [
  ['rotulo', 'optProfileRotulo'],
  ['nome', 'optProfileNome'],
  ['conselho', 'optProfileConselho'],
  ['numeroConselho', 'optProfileNumero'],
  ['uf', 'optProfileUf'],
  ['cbo', 'optProfileCbo'],
  ['cnes', 'optProfileCnes'],
  ['contratadoExecutante', 'optProfileContratado'],
] as const;

function emptyProfile(): AutofillProfile {
  return {
    id: crypto.randomUUID(),
    rotulo: '',
    nome: '',
    conselho: '',
    numeroConselho: '',
    uf: '',
    cbo: '',
    cnes: '',
    contratadoExecutante: '',
  };
}

function ProfilesSection({ deps, state }: SectionProps) {
  const [editing, setEditing] = useState<AutofillProfile>();
  const [error, setError] = useState('');
  const profiles = state.autofillProfiles;

  async function saveProfile(e: Event) {
    e.preventDefault();
    if (!editing) return;
    const trimmed = Object.fromEntries(
      Object.entries(editing).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]),
    ) as AutofillProfile;
    if (!trimmed.rotulo) return setError(t('optProfileRotuloRequired'));
    const exists = profiles.some((p) => p.id === trimmed.id);
    const next = exists ? profiles.map((p) => (p.id === trimmed.id ? trimmed : p)) : [...profiles, trimmed];
    try {
      await deps.store.write({ autofillProfiles: next });
    } catch (err) {
      return setError(t('optError', err instanceof Error ? err.message : String(err)));
    }
    setError('');
    setEditing(undefined);
  }

  return (
    <section aria-labelledby="sec-perfis">
      <h2 id="sec-perfis">{t('optProfilesTitle')}</h2>
      <p class="help">{t('optProfilesHelp', deps.shortcut)}</p>
      {profiles.length ? (
        <ul class="profiles">
          {profiles.map((p) => (
            <li key={p.id}>
              <span>
                <strong>{p.rotulo}</strong> — {p.nome} {p.conselho} {p.numeroConselho}/{p.uf}
              </span>{' '}
              <button
                type="button"
                onClick={() => setEditing({ ...p })}
                aria-label={`${t('optProfileEdit')} ${p.rotulo}`}
              >
                {t('optProfileEdit')}
              </button>{' '}
              <button
                type="button"
                aria-label={`${t('optProfileDelete')} ${p.rotulo}`}
                onClick={() => {
                  if (deps.confirm(t('optProfileDeleteConfirm', p.rotulo)))
                    void deps.store.write({ autofillProfiles: profiles.filter((q) => q.id !== p.id) });
                }}
              >
                {t('optProfileDelete')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="help">{t('optProfileEmpty')}</p>
      )}
      {editing ? (
        <form class="profile-form" onSubmit={(e) => void saveProfile(e)}>
          {profileFields.map(([key, label]) => (
            <div class="field" key={key}>
              <label for={`perfil-${key}`}>{t(label)}</label>
              <input
                id={`perfil-${key}`}
                value={editing[key]}
                onInput={(e) => {
                  const value = e.currentTarget.value;
                  setEditing((cur) => (cur ? { ...cur, [key]: value } : cur));
                }}
              />
            </div>
          ))}
          <p class="message message--error" role="alert">
            {error}
          </p>
          <button type="submit">{t('optProfileSave')}</button>{' '}
          <button
            type="button"
            onClick={() => {
              setEditing(undefined);
              setError('');
            }}
          >
            {t('optProfileCancel')}
          </button>
        </form>
      ) : (
        <button type="button" onClick={() => setEditing(emptyProfile())}>
          {t('optProfileAdd')}
        </button>
      )}
    </section>
  );
}
