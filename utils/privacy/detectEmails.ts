import { LETTER } from './letters';
import type { PiiCandidate } from './piiTypes';

const LOCAL_CHAR = new RegExp(`[${LETTER}0-9._%+-]`);
const EDGE = '._%+-';
// After the "@": a dotted domain with a letter TLD; Cyrillic letters so "почта@пример.рф" counts.
const DOMAIN = new RegExp(
  `[${LETTER}0-9](?:[${LETTER}0-9-]*[${LETTER}0-9])?(?:\\.[${LETTER}0-9-]+)*\\.[${LETTER}]{2,}`,
  'y',
);

/**
 * An address is one token: nothing inside it is found as anything else, not even a known name
 * or phone ("marco.garcia@gmx.de" with "Marco Garcia" known is one e-mail, not two names).
 */
export const EMAIL_PRIORITY = 5.5;

/**
 * E-mail addresses. Found from each "@" outwards rather than by one regex over the text: a
 * leading character class makes the engine try every word of the message as a local part.
 */
export function detectEmails(text: string, out: PiiCandidate[]): void {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && LOCAL_CHAR.test(text.charAt(start - 1))) start--;
    // A dot or dash before the address belongs to the sentence, not to the address.
    while (start < at && EDGE.includes(text.charAt(start))) start++;
    if (start === at) continue;
    DOMAIN.lastIndex = at + 1;
    const domain = DOMAIN.exec(text);
    if (!domain) continue;
    const end = at + 1 + domain[0].length;
    out.push({
      type: 'EMAIL',
      start,
      end,
      key: text.slice(start, end).toLowerCase(),
      priority: EMAIL_PRIORITY,
    });
  }
}
