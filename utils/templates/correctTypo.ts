import type { TermVocabulary } from './termVocabulary';

const CYRILLIC = 'абвгдежзийклмнопрстуфхцчшщъыьэюя';
const LATIN = 'abcdefghijklmnopqrstuvwxyz';

/** Every string one edit away (a letter dropped, changed, added, or two swapped). */
function oneEditAway(term: string): Set<string> {
  const letters = /[а-я]/.test(term) ? CYRILLIC : LATIN;
  const out = new Set<string>();
  for (let i = 0; i <= term.length; i++) {
    const head = term.slice(0, i);
    const tail = term.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of letters) {
      if (tail) out.add(head + c + tail.slice(1));
      out.add(head + c + tail);
    }
  }
  out.delete(term);
  return out;
}

/**
 * The word the operator probably meant: the most frequent indexed term one edit away, if it is
 * far more frequent than what was typed (a typo can be a rare real word: «обещаный»). A few
 * hundred Map lookups, much cheaper than a fuzzy walk of the whole index.
 */
export function correctTypo(term: string, vocabulary: TermVocabulary, ratio = 10): string | null {
  if (term.length < 4) return null;
  const own = vocabulary.count(term);
  let best: string | null = null;
  let bestCount = 0;
  for (const candidate of oneEditAway(term)) {
    const count = vocabulary.count(candidate);
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best && bestCount >= Math.max(1, own * ratio) ? best : null;
}
