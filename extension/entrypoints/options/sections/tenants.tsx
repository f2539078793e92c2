// Operadoras' own Conecta portals: an origin is stored only once the user grants the browser access to it.
// The active packs' `portal.hosts` are listed first, each with whether the checks run there and, where they do
// not yet, a button that asks for that host.
import { useState } from 'preact/hooks';
import { allActivePacks } from '../../../lib/active-pack.ts';
import { t } from '../../../lib/i18n.ts';
import { portalHostStatus } from '../../../lib/portal-hosts.ts';
import { tenantOriginSchema } from '../../../lib/storage.ts';
import type { SectionProps } from '../deps.ts';
import { type FormMessage, StatusMessage } from '../status-message.tsx';
import { TableHead } from '../table-head.tsx';

export function TenantsSection({ deps, state }: SectionProps) {
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState<FormMessage>();

  /** Asks for the origin and stores it once granted; true when added. */
  async function grant(typedOrigin: string): Promise<boolean> {
    const parsed = tenantOriginSchema.safeParse(typedOrigin);
    if (!parsed.success) {
      setMessage({ kind: 'error', text: t('optError', parsed.error.issues[0]?.message ?? '') });
      return false;
    }
    const origin = parsed.data;
    // Requested inside the click (browsers demand a user gesture); stored only once the user grants it.
    let granted = false;
    try {
      granted = await deps.requestHostPermission(`${origin}/*`);
    } catch {
      granted = false;
    }
    if (!granted) {
      setMessage({ kind: 'error', text: t('optTenantDenied', origin) });
      return false;
    }
    const latest = await deps.store.read();
    await deps.store.write({ tenantOrigins: [...new Set([...latest.tenantOrigins, origin])] });
    setMessage({ kind: 'ok', text: t('optTenantAdded', origin) });
    return true;
  }

  async function add(e: Event) {
    e.preventDefault();
    if (await grant(typed)) setTyped('');
  }

  const packHosts = allActivePacks(state, deps.bundled).flatMap((pack) =>
    pack.portal.hosts.map((host) => ({ pack, host, status: portalHostStatus(host, state.tenantOrigins) })),
  );

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
      {packHosts.length > 0 && (
        <table class="packs pack-hosts">
          <caption>{t('optTenantPacksHelp')}</caption>
          <TableHead columns={[t('optTenantColOperadora'), t('optTenantColEndereco'), t('optTenantColVerificacoes')]} />
          <tbody>
            {packHosts.map(({ pack, host, status }) => (
              <tr key={`${pack.operadora.chave} ${host}`} data-operadora={pack.operadora.chave} data-host={host}>
                <td>{pack.operadora.nome}</td>
                <td>{host}</td>
                <td>
                  {status === 'conecta' ? (
                    t('optTenantRunsConecta')
                  ) : status === 'adicionado' ? (
                    t('optTenantRunsAdded')
                  ) : (
                    <button
                      type="button"
                      aria-label={`${t('optTenantGrant')} ${host}`}
                      onClick={() => void grant(`https://${host}`)}
                    >
                      {t('optTenantGrant')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
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
