// The portal checks the user keeps on, and "bloquear envio com erros".
import { t } from '../../../lib/i18n.ts';
import type { SectionProps } from '../deps.ts';

export function FeaturesSection({ deps, state }: SectionProps) {
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
