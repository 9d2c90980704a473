import { useEffect, useState } from 'react';
import { crisisModelGeneration, loadCrisisModel } from '@/utils/analysis/crisisModel';

/**
 * Loads the crisis model after the panel's first paint (it is a chunk of its own, ~20 KB gzip);
 * returns a number that changes once it is in, so the conversation is read again with it. Until
 * then the lexicons answer alone. A failed load leaves them answering and says so in the console.
 */
export function useCrisisModel(): number {
  const [generation, setGeneration] = useState(crisisModelGeneration);
  useEffect(() => {
    let live = true;
    loadCrisisModel().then(
      () => live && setGeneration(crisisModelGeneration()),
      (e: unknown) => console.warn('Sufler: the crisis model did not load; the lexicons read alone', e),
    );
    return () => {
      live = false;
    };
  }, []);
  return generation;
}
