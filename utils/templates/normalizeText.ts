import { stemRussian } from '../subscriber/stemRussian';

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case, ё → е: what Russian speakers treat as the same letter when searching. */
export function foldCase(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е');
}

/** The words of a text, case-folded. */
export function words(text: string): string[] {
  return foldCase(text).match(WORD) ?? [];
}

/** English plurals to the singular: apologies → apology, boxes → box, calls → call. */
function singularEnglish(word: string): string {
  if (word.length <= 3 || !word.endsWith('s') || /(ss|us|is)$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(x|ch|sh|sses)$/.test(word.slice(0, -2)) || /(xes|ches|shes|sses)$/.test(word))
    return word.slice(0, -2);
  return word.slice(0, -1);
}

/** A search term: Russian words stemmed, English plurals made singular. */
export function searchTerm(word: string): string {
  if (/[а-я]/.test(word)) return stemRussian(word);
  return singularEnglish(word);
}
