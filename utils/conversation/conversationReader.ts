import { applyMutations } from './applyMutations';
import { readGeneric } from './generic/readGeneric';
import type { ParseCache } from './parseMessages';
import { builtInProfiles } from './profiles';
import { gatherProfileRead, type ProfileRead, type RawSnapshot, snapshotFromRead } from './readWithProfile';
import type { SiteProfile } from './siteProfile';

/** How the site's saved (taught or imported) profile fared on this page. */
export type SavedProfileState = 'ok' | 'mismatch';

export interface ReaderResult {
  raw: RawSnapshot | null;
  /** Absent when the site has no saved profile. */
  saved?: SavedProfileState;
}

export interface ConversationReader {
  /** Reads the page; with `records`, redoes only what those mutations changed when it can. */
  read(doc: Document, saved: SiteProfile | null, records?: readonly MutationRecord[]): ReaderResult;
  /** Whether a batch of mutations can change what the last read saw. */
  isRelevant(records: readonly MutationRecord[]): boolean;
  /** True while the last read found a conversation. */
  hasConversation(): boolean;
  /** Replaces the profiles tried after the saved one (pack profiles, then the built-in ones). */
  useProfiles(profiles: readonly SiteProfile[]): void;
}

function touches(record: MutationRecord, els: readonly Element[]): boolean {
  return els.some((el) => !el.isConnected || el.contains(record.target));
}

/**
 * The reader the content script keeps for its page: the site's saved profile first (when it no
 * longer matches, the built-in profiles may still read the page, but no guessing), else the
 * built-in profiles, else the generic reader. It remembers what it parsed, so a new message on a
 * 1,000-message thread costs the new message, not the thread.
 */
export function createConversationReader(
  builtIns: readonly SiteProfile[] = builtInProfiles,
): ConversationReader {
  const caches = new Map<string, ParseCache>();
  let last: ProfileRead | null = null;
  let result: ReaderResult = { raw: null };

  const cacheFor = (profile: SiteProfile): ParseCache => {
    let cache = caches.get(profile.id);
    if (!cache) {
      cache = new WeakMap();
      caches.set(profile.id, cache);
    }
    return cache;
  };

  const attempt = (doc: Document, profile: SiteProfile): RawSnapshot | null => {
    const read = gatherProfileRead(doc, profile, cacheFor(profile));
    const raw = read ? snapshotFromRead(read) : null;
    if (raw) last = read;
    return raw;
  };

  const fullRead = (doc: Document, saved: SiteProfile | null): ReaderResult => {
    last = null;
    let raw: RawSnapshot | null = null;
    let state: SavedProfileState | undefined;
    if (saved) {
      raw = attempt(doc, saved);
      state = raw ? 'ok' : 'mismatch';
    }
    for (const profile of builtIns) {
      if (raw) break;
      raw = attempt(doc, profile);
    }
    if (!raw && !saved) raw = readGeneric(doc);
    return state ? { raw, saved: state } : { raw };
  };

  return {
    read(doc, saved, records) {
      const sameProfile = last && (saved ? last.profile === saved : true);
      if (records && last && sameProfile && applyMutations(last, records, cacheFor(last.profile))) {
        const raw = snapshotFromRead(last);
        if (raw) {
          result = { ...result, raw };
          return result;
        }
      }
      result = fullRead(doc, saved);
      return result;
    },
    isRelevant(records) {
      const root = result.raw?.root;
      if (!root?.isConnected) return true;
      const fields = last?.fieldEls ?? [];
      return records.some((record) => {
        const target = record.target;
        if (record.type === 'attributes') {
          // A tab or conversation switch that only toggles classes on an ancestor.
          return (target !== root && target.contains(root)) || touches(record, fields);
        }
        return root.contains(target) || touches(record, fields);
      });
    },
    hasConversation: () => result.raw !== null,
    useProfiles(next) {
      builtIns = next;
      last = null;
    },
  };
}
