import { useEffect, useMemo, useState } from 'react';
import type { VerseAnalysis } from '@/utils/verse/types';

type Detect = (text: string) => VerseAnalysis;
let loading: Promise<Detect> | null = null;

/** The verse tools and the stress lexicon, loaded once, after the panel has opened. */
function loadVerseTools(): Promise<Detect> {
  loading ??= Promise.all([
    import('@/utils/verse/detectVerse'),
    import('@/utils/verse/loadRussianLexicon'),
  ]).then(async ([{ detectVerse }, { loadRussianLexicon }]) => {
    // Without the lexicon, stress falls back to rules: still usable, just less exact.
    await loadRussianLexicon().catch(() => undefined);
    return detectVerse;
  });
  return loading;
}

/**
 * Verse analysis of a text. The verse code and lexicon live only in the panel (never in the
 * content script) and are loaded lazily; until then the result is null.
 */
export function useVerse(text: string): VerseAnalysis | null {
  const [detect, setDetect] = useState<Detect | null>(null);
  useEffect(() => {
    let live = true;
    loadVerseTools().then(
      (fn) => live && setDetect(() => fn),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return useMemo(() => (detect && text.trim() ? detect(text.slice(0, 20_000)) : null), [detect, text]);
}
