// Rules server address and the operadoras whose packs to sync; saving asks for the server origin's grant.
import { useState } from 'preact/hooks';
import { t } from '../../../lib/i18n.ts';
import { isLoopbackHost, operadoraChaveSchema, workerUrlSchema } from '../../../lib/storage.ts';
import type { SectionProps } from '../deps.ts';
import { type FormMessage, StatusMessage } from '../status-message.tsx';

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

export function ServerSection({ deps, state }: SectionProps) {
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
