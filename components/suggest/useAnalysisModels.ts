import { useEffect, useState } from 'react';
import { crisisModelGeneration, loadCrisisModel } from '@/utils/analysis/crisisModel';
import { emotionModelGeneration, loadEmotionModel } from '@/utils/analysis/emotionModel';

const generation = () => `${crisisModelGeneration()}/${emotionModelGeneration()}`;

/**
 * Loads the crisis and emotion models after the panel's first paint (chunks of their own); returns
 * a key that changes once they are in, so the conversation is read again with them. Until then the
 * lexicons answer alone. A failed load leaves them answering and says so in the console.
 */
export function useAnalysisModels(): string {
  const [key, setKey] = useState(generation);
  useEffect(() => {
    let live = true;
    Promise.all([loadCrisisModel(), loadEmotionModel()]).then(
      () => live && setKey(generation()),
      (e: unknown) => console.warn('Sufler: an analysis model did not load; the lexicons read alone', e),
    );
    return () => {
      live = false;
    };
  }, []);
  return key;
}
