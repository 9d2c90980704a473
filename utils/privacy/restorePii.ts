import type { PiiMapping } from './piiTypes';
import { formatPlaceholder, placeholderType } from './placeholderSyntax';

/**
 * What an unknown placeholder becomes: a blank the operator sees and fills in. A model that
 * invents `[[CARD_9]]` has no value behind it; leaving the brackets would put them into the
 * customer's chat on insert, and guessing a value would be worse.
 */
export const UNKNOWN_PLACEHOLDER_MARKER = '___';

// "[[PHONE_1]]", "[[ phone_1 ]]", "[[PHONE 1]]", "[PHONE_1]", then an optional Russian case
// ending the model glued on ("[[NAME_1]]а", "[[PHONE_1]]-у"). The ending is dropped: the value
// comes back in its own form. Endings are a fixed list so "[[PHONE_1]]уже" keeps its word.
const ENDING =
  '-?(?:ами|ями|ого|его|ому|ему|ыми|ими|ом|ем|ём|ой|ей|ою|ею|ам|ям|ах|ях|ым|им|ую|юю|а|я|у|ю|е|и|ы)';
export const RESTORABLE = new RegExp(
  `(\\[\\[?)[ \\t]*([A-Za-zА-Яа-яЁё]{1,12})[ \\t]*[_\\- ]?[ \\t]*(\\d{1,4})[ \\t]*(\\]\\]?)(?:${ENDING}(?![а-яёa-z]))?`,
  'gi',
);

export interface RestoreReport {
  text: string;
  /** Placeholders in the text with no value behind them, as `[[TYPE_N]]`, in order of appearance. */
  unknown: string[];
}

/** Placeholder → the text to put back (the first mapping of a placeholder wins). */
export function restoreTable(mappings: readonly PiiMapping[]): Map<string, string> {
  const table = new Map<string, string>();
  for (const m of mappings) if (!table.has(m.placeholder)) table.set(m.placeholder, m.base ?? m.value);
  return table;
}

/** Restores placeholders and reports the ones it could not, which become `UNKNOWN_PLACEHOLDER_MARKER`. */
export function restorePiiReport(text: string, table: ReadonlyMap<string, string>): RestoreReport {
  const unknown: string[] = [];
  const restored = text.replace(RESTORABLE, (all, open: string, tag: string, n: string, close: string) => {
    const type = placeholderType(tag);
    const bracketed = open.length === 2 && close.length === 2;
    // Single brackets with an unfamiliar word ("[Приложение 1]") are ordinary text.
    if (!type && !bracketed) return all;
    const placeholder = type ? formatPlaceholder(type, Number(n)) : `[[${tag.toUpperCase()}_${Number(n)}]]`;
    const value = table.get(placeholder);
    if (value !== undefined) return value;
    unknown.push(placeholder);
    return UNKNOWN_PLACEHOLDER_MARKER;
  });
  return { text: restored, unknown };
}

/**
 * Puts the original values back into a model's output. Tolerates changed case, spaces inside
 * the brackets and Russian case endings; names come back in their base form. Placeholders with
 * no entity become `UNKNOWN_PLACEHOLDER_MARKER` (use `restorePiiReport` to list them).
 */
export function restorePii(text: string, entities: readonly PiiMapping[]): string {
  return restorePiiReport(text, restoreTable(entities)).text;
}
