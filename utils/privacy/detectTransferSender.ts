import { CAPITALISED, isLetter, UPPER } from './letters';
import { NOT_NAMES } from './nameLexicon';
import { normalizeName } from './normalizeName';
import type { PiiCandidate } from './piiTypes';

export const TRANSFER_SENDER_PRIORITY = 2;

// A bank's transfer SMS that customers forward: "СБЕР: Игорь Рашидович Е. перевёл(а) вам 872 руб",
// "Tinkoff: Гульназ Р. перевела вам 500 ₽". The sender is named by first name (and patronymic)
// and the initial of the surname, whether or not the lexicon knows the name.
const SENDER = new RegExp(
  `(${CAPITALISED}(?: ${CAPITALISED})?) [${UPPER}]\\.(?= (?:перев[её]л|отправил)[а-яё()]*)`,
  'g',
);

/** The sender's name in a forwarded bank transfer SMS, with the initial of the surname. */
export function detectTransferSender(text: string, out: PiiCandidate[]): void {
  SENDER.lastIndex = 0;
  for (let m = SENDER.exec(text); m; m = SENDER.exec(text)) {
    if (isLetter(text.charAt(m.index - 1))) continue;
    const words = (m[1] ?? '').toLowerCase().split(' ');
    if (words.some((w) => NOT_NAMES.has(w))) continue;
    const end = m.index + m[0].length;
    out.push({
      type: 'NAME',
      start: m.index,
      end,
      key: normalizeName(m[0]),
      priority: TRANSFER_SENDER_PRIORITY,
    });
  }
}
