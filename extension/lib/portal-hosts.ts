// The Conecta portal's own hosts: the manifest grants them and runs the content script there. Any other host
// (an operadora's own Conecta, e.g. conectapasa.benner.com.br) is an optional permission the user grants in the
// options page, after which the background registers the same script there (tenant-scripts.ts).
// No imports: wxt.config.ts, the content script, the storage schema and the options page all read it.

export const CONECTA_HOSTS = ['portalconectasaude.com.br', 'hom.portalconectasaude.com.br'] as const;
/** Match patterns of the Conecta portal (manifest `host_permissions` and the content script's `matches`). */
export const CONECTA_MATCHES = CONECTA_HOSTS.map((h) => `https://${h}/*`);
/** The mock portal and local worker, in test/development builds only. */
export const LOCAL_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

export const isConectaHost = (host: string): boolean => (CONECTA_HOSTS as readonly string[]).includes(host);

/**
 * Whether the checks run on a pack's portal host: on the Conecta portal always ('conecta'), on another host once
 * the user added its origin ('adicionado'), else not ('ausente').
 */
export function portalHostStatus(host: string, tenantOrigins: readonly string[]): 'conecta' | 'adicionado' | 'ausente' {
  if (isConectaHost(host)) return 'conecta';
  return tenantOrigins.includes(`https://${host}`) ? 'adicionado' : 'ausente';
}
