import { browser } from 'wxt/browser';

/** Same page, possibly another conversation: single-page CRMs switch conversations in the hash. */
function samePage(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.origin === y.origin && x.pathname === y.pathname && x.search === y.search;
  } catch {
    return false;
  }
}

/**
 * Brings a conversation to the front: the tab already showing it, else a tab of the same CRM
 * page (navigated to it, as the CRM's own links would), else a new tab. Only web pages are
 * opened. Returns the tab's id.
 */
export async function openConversationTab(url: string): Promise<number | null> {
  if (!/^https?:\/\//i.test(url)) return null;
  const tabs = await browser.tabs.query({});
  const exact = tabs.find((tab) => tab.url === url);
  const reusable = exact ?? tabs.find((tab) => tab.url && samePage(tab.url, url));
  let tab = reusable;
  if (reusable?.id !== undefined) {
    tab = await browser.tabs.update(reusable.id, exact ? { active: true } : { url, active: true });
  } else {
    tab = await browser.tabs.create({ url, active: true });
  }
  if (tab?.windowId !== undefined)
    await browser.windows.update(tab.windowId, { focused: true }).catch(() => {});
  return tab?.id ?? null;
}
