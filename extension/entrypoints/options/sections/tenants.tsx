// Operadoras' own Conecta portals: an origin is stored only once the user grants the browser access to it.
import { useState } from 'preact/hooks';
import { t } from '../../../lib/i18n.ts';
import { tenantOriginSchema } from '../../../lib/storage.ts';
import type { SectionProps } from '../deps.ts';
import { type FormMessage, StatusMessage } from '../status-message.tsx';

export function TenantsSection({ deps, state }: SectionProps) {
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
