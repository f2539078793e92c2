// Autofill profiles (professional data only, this computer only). The form's fields come from the stored
// profile's schema, so a field added there shows up here (its label is required by the type below).
import { useState } from 'preact/hooks';
import { t } from '../../../lib/i18n.ts';
import { type AutofillProfile, autofillProfileSchema } from '../../../lib/storage.ts';
import type { SectionProps } from '../deps.ts';

type ProfileField = Exclude<keyof AutofillProfile, 'id'>;

const profileLabels: Record<ProfileField, string> = {
  rotulo: 'optProfileRotulo',
  nome: 'optProfileNome',
  conselho: 'optProfileConselho',
  numeroConselho: 'optProfileNumero',
  uf: 'optProfileUf',
  cbo: 'optProfileCbo',
  cnes: 'optProfileCnes',
  contratadoExecutante: 'optProfileContratado',
};

/** In the schema's order (rótulo first). */
const profileFields = Object.keys(autofillProfileSchema.shape).filter((k): k is ProfileField => k !== 'id');

/** A new, blank profile (not valid until it has a rótulo: checked on save). */
function emptyProfile(): AutofillProfile {
  const blank = Object.fromEntries(profileFields.map((k) => [k, '']));
  return { ...(blank as Record<ProfileField, string>), id: crypto.randomUUID() };
}

export function ProfilesSection({ deps, state }: SectionProps) {
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
          {profileFields.map((key) => (
            <div class="field" key={key}>
              <label for={`perfil-${key}`}>{t(profileLabels[key])}</label>
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
