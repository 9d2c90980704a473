/**
 * Words that, shortly before (or after) a number, say what the number is. Matched on a
 * lower-cased window, so the patterns are lower case. Stems rather than full words, because
 * Russian inflects: "карты", "картой", "по карте".
 */
export const CONTEXT = {
  passport: /пасс?п(?:орт|отр)|пасп\.|серия|серии|passport/u,
  snils: /снилс|страхов\S* свидетельств|snils|пенсионн/u,
  inn: /инн|\binn\b|налогов|taxpayer/u,
  account: /сч[её]т|р\/с|р\/сч|расч[её]тн|account|iban|реквизит|к\/с|бик|bik/u,
  card: /карт|card|visa|master|мир(?![а-яё])|amex|maestro/u,
  imei: /imei|имей|имеи/u,
  iccid: /iccid|сим|sim/u,
  /** Words before a bare number that make it an order, ticket or contract number rather than a phone. */
  order: /заказ|заявк|обращени|тикет|ticket|order|накладн|трек|договор|квитанц|чек|инцидент|case|отправлени/u,
} as const;

/**
 * A personal-account cue right before a number ("лицевой счёт 9928316875", "ЛС 716498594505",
 * "л/с № …", "account number 1234567"): the number is the customer's account with the operator,
 * an ID, whatever its digits look like. Matched on the lower-cased text before the number.
 */
export const PERSONAL_ACCOUNT =
  /(?:^|[^а-яёa-z])(?:лицев[а-яё]*(?:\s+сч[её]т[а-яё]*)?|л\/сч?|лс|personal account|account (?:number|no\.?|#))(?:\s+(?:абонента|номер|is))?\s*(?:[:№#-]\s*)?$/u;

export type ContextName = keyof typeof CONTEXT;

/** The lower-cased text just before `start`; 40 characters reach back over "серия и номер паспорта: ". */
export function windowBefore(text: string, start: number, size = 40): string {
  return text.slice(Math.max(0, start - size), start).toLowerCase();
}

export function windowAfter(text: string, end: number, size = 24): string {
  return text.slice(end, end + size).toLowerCase();
}
