import { originPattern } from '../conversation/crmOrigin';

/** The parts of the extension APIs this module needs (fakes in tests, `browser.*` in the worker). */
export interface CrmSiteApi {
  grantedOrigins(): Promise<string[]>;
  registered(): Promise<{ id: string; matches?: string[] }[]>;
  register(
    scripts: {
      id: string;
      matches: string[];
      js: string[];
      runAt: 'document_idle';
      persistAcrossSessions: boolean;
    }[],
  ): Promise<void>;
  unregister(ids: string[]): Promise<void>;
  /** The manifest's CRM content script: its files and the origins it already covers. */
  manifestScript(): { js: string[]; matches: string[] };
  tabsMatching(pattern: string): Promise<number[]>;
  inject(tabId: number, files: string[]): Promise<void>;
}

const PREFIX = 'crm-site-';
/** Broad grants (all sites) are not CRM sites: a script is registered per CRM origin only. */
const BROAD = new Set(['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*']);

export function scriptId(pattern: string): string {
  return PREFIX + pattern.replace(/[^a-z0-9.-]+/gi, '_');
}

/**
 * Registers the CRM content script for every origin the operator granted (and only those),
 * and unregisters it where access was taken back. Registrations persist across sessions; this
 * also runs at every start so they follow the permissions exactly.
 */
export async function syncCrmSiteScripts(api: CrmSiteApi): Promise<string[]> {
  const { js, matches: builtIn } = api.manifestScript();
  const patterns = (await api.grantedOrigins()).filter((p) => !BROAD.has(p) && !builtIn.includes(p));
  const wanted = new Map(patterns.map((p) => [scriptId(p), p]));
  const existing = (await api.registered()).filter((s) => s.id.startsWith(PREFIX));
  const stale = existing.filter((s) => !wanted.has(s.id)).map((s) => s.id);
  if (stale.length > 0) await api.unregister(stale);
  const have = new Set(existing.map((s) => s.id));
  const missing = [...wanted].filter(([id]) => !have.has(id));
  if (missing.length > 0 && js.length > 0) {
    await api.register(
      missing.map(([id, pattern]) => ({
        id,
        matches: [pattern],
        js,
        runAt: 'document_idle' as const,
        persistAcrossSessions: true,
      })),
    );
  }
  return patterns;
}

/**
 * After access to an origin was granted: make sure its script is registered and run it in the
 * tabs already open there, so the operator need not reload the CRM. (The content script ignores
 * a second injection.)
 */
export async function addCrmSite(api: CrmSiteApi, origin: string): Promise<boolean> {
  const pattern = originPattern(origin);
  const patterns = await syncCrmSiteScripts(api);
  const builtIn = api.manifestScript().matches.includes(pattern);
  if (!patterns.includes(pattern) && !builtIn) return false;
  if (builtIn) return true;
  for (const tabId of await api.tabsMatching(pattern)) {
    await api.inject(tabId, api.manifestScript().js).catch(() => {});
  }
  return true;
}

/**
 * At browser start: sync the registrations, then run the script in CRM tabs that are already
 * open. Chrome restores persisted dynamic scripts asynchronously, and a tab restored (or opened)
 * before that finishes is left without one. The content script ignores a second injection.
 */
export async function restoreCrmSiteScripts(api: CrmSiteApi): Promise<void> {
  const patterns = await syncCrmSiteScripts(api);
  const { js } = api.manifestScript();
  for (const pattern of patterns) {
    for (const tabId of await api.tabsMatching(pattern).catch(() => [])) {
      await api.inject(tabId, js).catch(() => {});
    }
  }
}
