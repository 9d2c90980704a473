import { KNOWN_PRIORITY } from './compileKnown';
import { normalizeName } from './normalizeName';
import type { PiiCandidate, PiiType } from './piiTypes';

type Found = PiiCandidate & { type: PiiType };

// Between two parts of one name: a single space (or a no-break space), nothing else. A comma
// or a line break separates two people ("Иван, Мария") or a name from the next field.
const JOINER = /^[ \u00a0]$/;

interface Part {
  found: Found;
  /** The nominative when every part so far comes from the `known` list, else undefined. */
  base: string | undefined;
}

const knownBase = (text: string, f: Found) =>
  f.priority === KNOWN_PRIORITY ? (f.base ?? text.slice(f.start, f.end)) : undefined;

/**
 * Joins NAME findings that stand side by side into one name with one placeholder: the known
 * "Галина" and "Петровна" of "Волкова Галина Петровна", a surname found by one rule and the
 * initials by another. The model should see one person, not two. When every part comes from
 * `known`, the joined name keeps their nominative forms as its base ("Надежде Викторовне"
 * restores as "Надежда Викторовна") and shares the placeholder of that form.
 */
export function mergeNames(text: string, found: readonly Found[]): Found[] {
  const out: Part[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    if (
      prev?.found.type !== 'NAME' ||
      f.type !== 'NAME' ||
      !JOINER.test(text.slice(prev.found.end, f.start))
    ) {
      out.push({ found: f, base: knownBase(text, f) });
      continue;
    }
    const next = knownBase(text, f);
    const base = prev.base !== undefined && next !== undefined ? `${prev.base} ${next}` : undefined;
    const value = text.slice(prev.found.start, f.end);
    const merged: Found = { ...prev.found, end: f.end, key: normalizeName(base ?? value) };
    if (base !== undefined && base !== value) merged.base = base;
    else delete merged.base;
    out[out.length - 1] = { found: merged, base };
  }
  return out.map((p) => p.found);
}
