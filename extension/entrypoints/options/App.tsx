// Options page: the rules server and the operadoras, the state of each rule pack ("sincronizar agora"), the
// operadoras' own portals, the portal checks the user keeps on, and the autofill profiles. One module per
// section in `sections/`.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n.ts';
import type { StoreState } from '../../lib/storage.ts';
import type { OptionsDeps } from './deps.ts';
import { FeaturesSection } from './sections/features.tsx';
import { GuiasSection } from './sections/guias.tsx';
import { PacksSection } from './sections/packs.tsx';
import { ProfilesSection } from './sections/profiles.tsx';
import { ServerSection } from './sections/server.tsx';
import { TenantsSection } from './sections/tenants.tsx';

export type { OptionsDeps } from './deps.ts';

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
      <GuiasSection deps={deps} state={state} />
    </main>
  );
}
