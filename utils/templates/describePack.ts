import { canonicalJson } from './canonicalJson';
import type { Pack } from './packSchema';

export interface PackSummary {
  id: string;
  name: string;
  version: string;
  author: string;
  languages: string[];
  signed: boolean;
  counts: {
    templates: number;
    playbooks: number;
    authority: number;
    intents: number;
    siteProfiles: number;
    voiceGuides: number;
  };
  /** Templates per kind and per language. */
  kinds: Record<string, number>;
  langs: Record<string, number>;
}

export interface PackDiff {
  from: string;
  to: string;
  added: string[];
  removed: string[];
  changed: string[];
  /** Other sections (playbooks, authority…) by id, same three lists. */
  sections: Record<string, { added: string[]; removed: string[]; changed: string[] }>;
}

export function describePack(pack: Pack): PackSummary {
  const tally = (values: string[]) =>
    values.reduce<Record<string, number>>((acc, v) => {
      acc[v] = (acc[v] ?? 0) + 1;
      return acc;
    }, {});
  return {
    id: pack.id,
    name: pack.name,
    version: pack.version,
    author: pack.author,
    languages: pack.languages,
    signed: !!pack.signature,
    counts: {
      templates: pack.templates.length,
      playbooks: pack.playbooks.length,
      authority: pack.authority.length,
      intents: pack.intents.length,
      siteProfiles: pack.siteProfiles.length,
      voiceGuides: pack.voiceGuide.length,
    },
    kinds: tally(pack.templates.map((t) => t.kind)),
    langs: tally(pack.templates.map((t) => t.lang)),
  };
}

function diffById(older: readonly { id: string }[], newer: readonly { id: string }[]) {
  const before = new Map(older.map((x) => [x.id, canonicalJson(x)]));
  const after = new Map(newer.map((x) => [x.id, canonicalJson(x)]));
  return {
    added: [...after.keys()].filter((id) => !before.has(id)),
    removed: [...before.keys()].filter((id) => !after.has(id)),
    changed: [...after.keys()].filter((id) => before.has(id) && before.get(id) !== after.get(id)),
  };
}

/** What changed between two versions of a pack, by id. */
export function diffPacks(older: Pack, newer: Pack): PackDiff {
  const templates = diffById(older.templates, newer.templates);
  return {
    from: older.version,
    to: newer.version,
    ...templates,
    sections: {
      playbooks: diffById(older.playbooks, newer.playbooks),
      authority: diffById(older.authority, newer.authority),
      intents: diffById(older.intents, newer.intents),
      siteProfiles: diffById(older.siteProfiles, newer.siteProfiles),
      voiceGuide: diffById(
        older.voiceGuide.map((v) => ({ ...v, id: v.lang })),
        newer.voiceGuide.map((v) => ({ ...v, id: v.lang })),
      ),
    },
  };
}
