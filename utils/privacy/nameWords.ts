import { firstNameBase } from './firstNameBase';
import { NOT_NAMES, WORD_NAMES } from './nameLexicon';

// Word shapes of Russian (and CIS) surnames and patronymics, on lower-cased words.

/** Surnames in any case: "Петров", "Петровым", "Соколовой", "Ткаченко", "Григоряна", "Ковальчук". */
export const SURNAME =
  /(?:(?:ов|ев|ёв|ин|ын)(?:а|у|ым|е|ой|ою|ых)?|(?:ск|цк)(?:ий|ая|ого|ой|ому|им|ую|ою)|ых|их|енко|ук|юк|(?:ян|янц)(?:а|у|ом|е)?|дзе|швили|[иы]ньш[аеуи]?|(?:[ая]уск|[ея]вич)(?:ас|аса|е|у|ене|айте)|[ея]вичюс)$/;

/**
 * Surnames as they appear in lower-case text ("петров", "ковальчук", "вишневский"): without the
 * bare "-их"/"-ых" and rarer case forms, which end too many ordinary words ("своих", "новых").
 */
export const LOWER_SURNAME =
  /(?:(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ой)?|(?:ск|цк)(?:ий|ая|ого|ой|ому|им|ую)|енко|ук|юк|ян)$/;

/**
 * Russian and CIS surnames transliterated into Latin ("Karimov", "Akhmedova", "Bondarenko",
 * "Dzhaparidze", "Kovalchuk"), on lower-cased words.
 */
export const LATIN_SURNAME = /^[a-z]{3,}(?:ov|ova|ev|eva|sky|skiy|skaya|dze|shvili|yan|enko|chuk|uk)$/;

/** Patronymics in any case, including the short "-ич" (Ильич, Кузьмич). */
export const PATRONYMIC = /(?:ович|евич|ич|овн|евн|ичн|иничн)(?:а|у|ем|ом|е|ы|ой|ою)?$/;

/**
 * Only the long patronymic endings ("Арамович", "Нурлановичу", "Ержановна"): specific enough to
 * mark a name even when the first name is not in the lexicon. "-ич" alone also ends "Москвич".
 */
export const STRICT_PATRONYMIC = /[а-яё]{2}(?:ович|евич|овн|евн|ичн)(?:а|у|ем|ом|е|ы|ой|ою)?$/;

/** A known first name in any case form ("Ивана", "Льва"). */
export function isFirstName(lower: string): boolean {
  return firstNameBase(lower) !== undefined;
}

/** A first name that may stand alone as a name: in the lexicon and not also an ordinary word. */
export function isPlainFirstName(lower: string): boolean {
  return isFirstName(lower) && !WORD_NAMES.has(lower) && !NOT_NAMES.has(lower);
}
