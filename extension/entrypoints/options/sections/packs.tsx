// The active pack of each operadora (synced, bundled or none), the last sync and "sincronizar agora".
import { useState } from 'preact/hooks';
import { resolveActivePack } from '../../../lib/active-pack.ts';
import { t } from '../../../lib/i18n.ts';
import type { SectionProps } from '../deps.ts';
import { TableHead } from '../table-head.tsx';

export function PacksSection({ deps, state }: SectionProps) {
  const [syncing, setSyncing] = useState(false);
  const keys = [...new Set([...state.operadoras, ...deps.bundled.map((p) => p.operadora.chave)])];
  const last = state.lastSync;
  return (
    <section aria-labelledby="sec-pacotes">
      <h2 id="sec-pacotes">{t('optSyncTitle')}</h2>
      <table class="packs">
        <TableHead
          columns={[t('optPackColOperadora'), t('optPackColVersao'), t('optPackColOrigem'), t('optPackColData')]}
        />
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
