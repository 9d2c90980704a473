import { STREET_PRIORITY } from './detectStreets';
import { KEEP, type PiiCandidate } from './piiTypes';

// Clubs and other organisations that carry a person's full name and are talked about far more
// often than any namesake: "болею за Салават Юлаев". Metro stations ("Маяковская") and cities
// ("в Софии") are handled by the street and place rules.
const NAMED_AFTER_PEOPLE = /(?<![А-яЁё])Салават(?:а|у|ом|е)? Юлаев(?:а|у|ым|е)?(?![А-яЁё])/g;

/** Organisations named after people, kept as text like place names. */
export function detectNamedEntities(text: string, out: PiiCandidate[]): void {
  NAMED_AFTER_PEOPLE.lastIndex = 0;
  for (let m = NAMED_AFTER_PEOPLE.exec(text); m; m = NAMED_AFTER_PEOPLE.exec(text)) {
    out.push({ type: KEEP, start: m.index, end: m.index + m[0].length, key: '', priority: STREET_PRIORITY });
  }
}
