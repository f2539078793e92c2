// The guia facts kept on this computer (lib/guia-records): how many and since when, how long they are kept,
// and "Apagar dados de guias" (LGPD: the user sees and erases what is kept about their billing).
import { useEffect, useState } from 'preact/hooks';
import { plural } from '../../../../shared/plural.ts';
import { formatDateBr } from '../../../../shared/rules/dates.ts';
import type { GuiaRecordSummary } from '../../../lib/guia-records/store.ts';
import { t } from '../../../lib/i18n.ts';
import type { SectionProps } from '../deps.ts';
import { type FormMessage, StatusMessage } from '../status-message.tsx';

const RECONTAR_MS = 150;

export function GuiasSection({ deps, state }: SectionProps) {
  const guias = deps.guias;
  const [summary, setSummary] = useState<GuiaRecordSummary>();
  const [dias, setDias] = useState(String(state.guiaRetencaoDias));
  const [message, setMessage] = useState<FormMessage>();
  const refresh = () => void guias?.summary().then(setSummary, () => setSummary(undefined));
  useEffect(refresh, [guias, state]);
  // The count follows records written while the page is open (a guia saved in the portal, an XML checked in
  // the popup): a burst of writes is counted once, after it.
  useEffect(() => {
    if (!guias?.watch) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = guias.watch(() => {
      clearTimeout(timer);
      timer = setTimeout(refresh, RECONTAR_MS);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [guias]);
  if (!guias) return null;

  async function saveDias(e: Event) {
    e.preventDefault();
    const n = Number(dias.trim());
    if (!Number.isInteger(n) || n < 1 || n > 3650)
      return setMessage({ kind: 'error', text: t('optGuiasRetencaoInvalida') });
    await deps.store.write({ guiaRetencaoDias: n });
    // The new period holds for what is already kept too (a clerk who lowers it expects the older data gone).
    const apagadas = (await guias?.retain?.(n)) ?? 0;
    const text = apagadas
      ? `${t('optSaved')} ${t(plural(apagadas, 'optGuiasApagadas1', 'optGuiasApagadasN'), apagadas)}`
      : t('optSaved');
    setMessage({ kind: 'ok', text });
  }

  async function apagar() {
    if (!guias || !deps.confirm(t('optGuiasApagarConfirm'))) return;
    const n = await guias.clear();
    setMessage({ kind: 'ok', text: t(plural(n, 'optGuiasApagadas1', 'optGuiasApagadasN'), n) });
    refresh();
  }

  return (
    <section aria-labelledby="sec-guias">
      <h2 id="sec-guias">{t('optGuiasTitle')}</h2>
      <p class="help">{t('optGuiasHelp')}</p>
      <p class="guias-resumo" role="status">
        {summary?.quantidade && summary.desde
          ? t(
              plural(summary.quantidade, 'optGuiasQuantidade1', 'optGuiasQuantidadeN'),
              summary.quantidade,
              formatDateBr(summary.desde),
            )
          : t('optGuiasNenhuma')}
      </p>
      <form onSubmit={(e) => void saveDias(e)}>
        <label for="guiaRetencaoDias">{t('optGuiasRetencao')}</label>
        <input id="guiaRetencaoDias" inputMode="numeric" value={dias} onInput={(e) => setDias(e.currentTarget.value)} />
        <button type="submit">{t('optGuiasRetencaoSalvar')}</button>{' '}
        <button type="button" onClick={() => void apagar()}>
          {t('optGuiasApagar')}
        </button>
        <StatusMessage message={message} />
      </form>
    </section>
  );
}
