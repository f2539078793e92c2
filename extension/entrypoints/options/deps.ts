// What the options page needs from the extension (the store, the bundled packs, the browser's permission and
// confirm dialogs), passed in so the DOM tests run it over an in-memory store.
import type { RulePack } from '../../../shared/rules/pack-schema.ts';
import type { GuiaRecordSummary } from '../../lib/guia-records/store.ts';
import type { LastSync, Store, StoreState } from '../../lib/storage.ts';

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
  /** The kept guia records (count, erase, hear of changes); absent in previews without storage. */
  guias?: {
    summary(): Promise<GuiaRecordSummary>;
    clear(): Promise<number>;
    /** Applies a shorter "Guardar por (dias)" to the records already kept; resolves to how many went. */
    retain?(dias: number): Promise<number>;
    /** Calls back when records are written or erased anywhere (popup, portal, another tab); returns unsubscribe. */
    watch?(onChange: () => void): () => void;
  };
}

/** Every section gets the deps and the latest stored state (re-read on each storage change). */
export type SectionProps = { deps: OptionsDeps; state: StoreState };
