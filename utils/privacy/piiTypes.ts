/** Every kind of personal data the redactor replaces; the names appear inside placeholders. */
export const PII_TYPES = [
  'PHONE',
  'CARD',
  'EMAIL',
  'PASSPORT',
  'SNILS',
  'INN',
  'IMEI',
  'ICCID',
  'ACCOUNT',
  'NAME',
  'ID',
] as const;

export type PiiType = (typeof PII_TYPES)[number];

/** What a placeholder stands for; enough to restore it. */
export interface PiiMapping {
  type: PiiType;
  /** `[[PHONE_1]]` */
  placeholder: string;
  /** The text as it was written in the original message. */
  value: string;
  /**
   * The form to put back when it differs from `value`: a name found in a declined form
   * ("Ивану") is restored as the nominative from the `known` list ("Иван"), because the
   * model's sentence decides the case, not the customer's.
   */
  base?: string;
}

/** One replaced span; `start`/`end` index the ORIGINAL text, so `text.slice(start, end) === value`. */
export interface PiiEntity extends PiiMapping {
  start: number;
  end: number;
}

export interface RedactResult {
  text: string;
  entities: PiiEntity[];
}

/** A span that blocks detection without being replaced (8-800 hotlines, existing placeholders). */
export const KEEP = 'KEEP';

/** A detector's finding before placeholders are assigned. */
export interface PiiCandidate {
  type: PiiType | typeof KEEP;
  start: number;
  end: number;
  /** Normalised value: equal keys share one placeholder (digits of a phone, lower-cased e-mail…). */
  key: string;
  base?: string;
  /** Higher wins when candidates overlap. */
  priority: number;
}
