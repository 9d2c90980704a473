import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { CrisisKind } from '@/utils/analysis/detectCrisis';
import { db } from '@/utils/db/db';
import { loadPackGuidance, type PackGuidance } from '@/utils/packs/loadPackGuidance';
import type { Playbook } from '@/utils/templates/packParts';

export interface Guidance {
  /** The voice guide and "real authority" options as text for the model (empty without packs). */
  voiceGuide?: string;
  playbookFor: (kind: CrisisKind | undefined) => Playbook | undefined;
}

function voiceText(g: PackGuidance): string | undefined {
  const parts: string[] = [];
  for (const v of g.voiceGuides) {
    parts.push(v.summary);
    for (const p of v.principles) {
      parts.push(
        `- ${p.title}: ${p.text}${p.instead && p.say ? ` (not "${p.instead}" but "${p.say}")` : ''}`,
      );
    }
  }
  if (g.authority.length > 0) {
    parts.push('The operator is empowered to offer, beyond the rules:');
    for (const a of g.authority)
      parts.push(`- ${a.title}: ${a.description}${a.limit ? ` (up to ${a.limit})` : ''}`);
  }
  return parts.length > 0 ? parts.join('\n') : undefined;
}

/** The installed packs' voice guide, authority options and crisis playbooks in the customer's language. */
export function usePackGuidance(lang: 'ru' | 'en' | 'other'): Guidance {
  const packLang = lang === 'en' ? 'en' : 'ru';
  const guidance = useLiveQuery(() => loadPackGuidance(db, packLang), [packLang]);
  return useMemo(
    () => ({
      voiceGuide: guidance ? voiceText(guidance) : undefined,
      playbookFor: (kind) => (kind ? guidance?.playbooks.find((p) => p.crises.includes(kind)) : undefined),
    }),
    [guidance],
  );
}
