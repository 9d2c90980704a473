import { STREET_PRIORITY } from './detectStreets';
import { LOWER, UPPER } from './letters';
import { KEEP, type PiiCandidate } from './piiTypes';

// Public people named by their work: "концерт Аллы Пугачёвой", "передачи про Расула Гамзатова",
// "песни Виктора Цоя", "книгу Льва Толстого", "больница имени Пирогова". A singer, a writer, an
// athlete or a namesake is nobody the customer shares data about, so the words are kept.
// English streets by their suffix ("on Marshala Zhukova Ave", "Lenin Avenue") are kept too.
const WORK =
  /(?:^|[^а-яё])(?:концерт[а-яё]*|песн[а-яё]*|книг[а-яё]*|фильм[а-яё]*|передач[а-яё]* про|сериал[а-яё]* про|выступлени[а-яё]*|творчеств[а-яё]*|биографи[а-яё]*|им[её]ни|памятник[а-яё]*)[ \u00a0]+/gi;
const PERSON = new RegExp(`[${UPPER}][${LOWER}]+(?:[ \\u00a0][${UPPER}][${LOWER}]+)?`, 'y');
const LATIN_STREET =
  /(?<![A-Za-z])(?:[A-Z][a-z]+ ){1,3}(?=(?:Ave|Avenue|Street|St|Blvd|Boulevard|Road|Square|Lane|Prospekt|Highway|Embankment)\b)/g;

// One cheap scan for the cue words skips the full patterns in most messages.
const WORK_CUE = /концерт|песн|книг|фильм|передач|сериал|выступлени|творчеств|биографи|им[её]ни|памятник/i;
const STREET_CUE = /\b(?:Ave|Avenue|Street|St|Blvd|Boulevard|Road|Square|Lane|Prospekt|Highway|Embankment)\b/;

/** Names of public people after the word for their work, and English street names, kept. */
export function detectWorkAuthors(text: string, out: PiiCandidate[]): void {
  if (WORK_CUE.test(text)) keepPeople(text, out);
  if (STREET_CUE.test(text)) keepStreets(text, out);
}

function keepPeople(text: string, out: PiiCandidate[]): void {
  WORK.lastIndex = 0;
  for (let m = WORK.exec(text); m; m = WORK.exec(text)) {
    const start = m.index + m[0].length;
    PERSON.lastIndex = start;
    const person = PERSON.exec(text);
    if (person)
      out.push({ type: KEEP, start, end: start + person[0].length, key: '', priority: STREET_PRIORITY });
    WORK.lastIndex = Math.max(m.index + 1, start);
  }
}

function keepStreets(text: string, out: PiiCandidate[]): void {
  LATIN_STREET.lastIndex = 0;
  for (let m = LATIN_STREET.exec(text); m; m = LATIN_STREET.exec(text)) {
    const end = m.index + m[0].trimEnd().length;
    out.push({ type: KEEP, start: m.index, end, key: '', priority: STREET_PRIORITY });
  }
}
