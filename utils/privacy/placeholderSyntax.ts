import { PII_TYPES, type PiiType } from './piiTypes';

/** A placeholder exactly as the redactor writes it. */
export const PLACEHOLDER = /\[\[([A-Z]+)_(\d+)\]\]/g;

export function formatPlaceholder(type: PiiType, n: number): string {
  return `[[${type}_${n}]]`;
}

// Models sometimes translate the tag; these spellings are read as the type they name.
const SYNONYMS: Record<string, PiiType> = {
  телефон: 'PHONE',
  тел: 'PHONE',
  номер: 'PHONE',
  карта: 'CARD',
  почта: 'EMAIL',
  mail: 'EMAIL',
  паспорт: 'PASSPORT',
  снилс: 'SNILS',
  инн: 'INN',
  имей: 'IMEI',
  счет: 'ACCOUNT',
  счёт: 'ACCOUNT',
  имя: 'NAME',
  ид: 'ID',
};
for (const t of PII_TYPES) SYNONYMS[t.toLowerCase()] = t;

/** The type a placeholder tag names, in any case or a known Russian spelling; undefined if none. */
export function placeholderType(tag: string): PiiType | undefined {
  return SYNONYMS[tag.toLowerCase()];
}

/** Every spelling of every tag, lower case: the streaming restorer holds text that may start one. */
export const TAG_SPELLINGS: readonly string[] = Object.keys(SYNONYMS);
