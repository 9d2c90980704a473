import { PERSONAL_ACCOUNT_PRIORITY } from './detectNumbers';
import { isLetter } from './letters';
import type { PiiCandidate } from './piiTypes';

// The code the customer writes right after "договор", "по договору №", "contract no.", "лицевой
// счёт": the subscriber's own contract or account, an ID whatever it looks like ("57-405988-30",
// "SG-0517529", "Д-2022/29003", "C929059252"). Only letters, digits, hyphens and slashes, so a
// dated contract ("договор от 12.05.2024", "договор 12.05.2024") or an amount ("договор на
// 500 руб.") is no code; at least five digits, so "договор 2024 года" stays.
const CONTRACT_CODE =
  /(?:договор[а-яё]*|contract|лицев[а-яё]*\s+сч[её]т[а-яё]*)(?:\s+(?:no\.?|number|номер|№|#))?[ \u00a0]*(?:[:№#][ \u00a0]*)?((?:[A-Za-zА-ЯЁ]{1,4}-?)?\d[\d]*(?:[-/]\d+)*)(?![\dA-Za-zА-яЁё]|[.,]\d|[ \u00a0]*(?:руб|р\.|₽|rub|%))/gi;
const MIN_DIGITS = 5;
// Most messages name no contract: one cheap scan for the cue words skips the full pattern.
const CUE = /договор|contract|лицев/i;

/** Contract and account codes written after their cue word, as `ID`. */
export function detectContractCodes(text: string, out: PiiCandidate[]): void {
  if (!CUE.test(text)) return;
  CONTRACT_CODE.lastIndex = 0;
  for (let m = CONTRACT_CODE.exec(text); m; m = CONTRACT_CODE.exec(text)) {
    // Checked here, not by a lookbehind: a lookbehind at every position is slow.
    if (isLetter(text.charAt(m.index - 1))) continue;
    const code = m[1] ?? '';
    const digits = code.replace(/\D/g, '');
    if (digits.length < MIN_DIGITS) continue;
    const end = m.index + m[0].length;
    const start = end - code.length;
    out.push({ type: 'ID', start, end, key: code.toLowerCase(), priority: PERSONAL_ACCOUNT_PRIORITY });
  }
}
