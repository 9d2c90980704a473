/*
 * Russian ways of naming a time zone that chrono does not know («в 10 по Москве», «в 9 по
 * новосибирскому времени», «в 18 мск»), rewritten into forms it does («MSK», «UTC+7»). Operators
 * serve callers across Russia's eleven zones and often agree on the caller's local time.
 */

const CITY_OFFSETS: readonly [RegExp, string][] = [
  [/^(?:москв|московск|мск|питер|петербург|санкт)/, 'MSK'],
  [/^калининград/, 'UTC+2'],
  [/^(?:самар|ижевск|саратов|ульяновск)/, 'UTC+4'],
  [/^(?:екатеринбург|челябинск|тюмен|перм|уф)/, 'UTC+5'],
  [/^омск/, 'UTC+6'],
  [/^(?:новосибирск|красноярск|томск|барнаул|кемеров|новокузнецк)/, 'UTC+7'],
  [/^(?:иркутск|улан-удэ)/, 'UTC+8'],
  [/^(?:якутск|чит)/, 'UTC+9'],
  [/^(?:владивосток|хабаровск)/, 'UTC+10'],
  [/^(?:магадан|сахалин|южно-сахалинск)/, 'UTC+11'],
  [/^(?:камчатк|камчатск|петропавловск)/, 'UTC+12'],
];

const BY_PLACE = /(?<!\p{L})по\s+([\p{L}-]+)(?:\s+времени)?(?!\p{L})/giu;
const BARE_MSK = /(?<!\p{L})мск(?!\p{L})/giu;

export function rewriteZonePhrases(text: string): string {
  return text
    .replace(BY_PLACE, (phrase, place: string) => {
      const word = place.toLowerCase().replace(/ё/g, 'е');
      const zone = CITY_OFFSETS.find(([pattern]) => pattern.test(word))?.[1];
      return zone ?? phrase;
    })
    .replace(BARE_MSK, 'MSK');
}
