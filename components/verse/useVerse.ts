import { useEffect, useMemo, useState } from 'react';
import { detectVerse } from '@/utils/verse/detectVerse';
import { loadRussianLexicon } from '@/utils/verse/loadRussianLexicon';
import type { VerseAnalysis } from '@/utils/verse/types';

let lexiconReady: Promise<unknown> | null = null;

/**
 * Verse analysis of a text, with the stress lexicon loaded lazily (it lives only in the panel,
 * never in the content script). Re-analyses once the lexicon arrives.
 */
export function useVerse(text: string): VerseAnalysis | null {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    lexiconReady ??= loadRussianLexicon();
    let live = true;
    lexiconReady.then(
      () => live && setLoaded(true),
      () => live && setLoaded(true),
    );
    return () => {
      live = false;
    };
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `loaded` re-runs the analysis with the lexicon
  return useMemo(() => (text.trim() ? detectVerse(text.slice(0, 20_000)) : null), [text, loaded]);
}
