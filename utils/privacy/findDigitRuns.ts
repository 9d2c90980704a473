/** A stretch of digit groups joined by spaces, dashes or brackets: "+7 (916) 123-45-67". */
export interface DigitRun {
  /** Start of the run, at its `+` or `(` when it has one. */
  start: number;
  end: number;
  plus: boolean;
  /** Each digit group as [start, end) in the text. */
  groups: Array<[number, number]>;
}

// Separators are 1–3 of: space, NBSP, thin/narrow spaces, hyphen, dashes, brackets. Newlines and
// dots are not: a line break ends a number, and dots belong to dates and amounts.
const RUN = /(?:\+[ \u00a0]?)?\(?\d+(?:[ \u00a0\u2009\u202f\-\u2010-\u2013()]{1,3}\d+)*/g;
const GROUP = /\d+/g;
const LATIN = /[A-Za-z_]/;

/**
 * All digit runs in `text`. A group glued to a Latin letter is dropped from its run:
 * "RA123456789RU" is a code, and in "IMEI1 35 209900 176148 1" the "1" names the slot.
 */
export function findDigitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    const groups: Array<[number, number]> = [];
    GROUP.lastIndex = 0;
    for (let g = GROUP.exec(m[0]); g; g = GROUP.exec(m[0])) {
      groups.push([start + g.index, start + g.index + g[0].length]);
    }
    let plus = m[0].startsWith('+');
    if (LATIN.test(text.charAt(start - 1))) {
      groups.shift();
      plus = false;
    }
    if (LATIN.test(text.charAt(end))) groups.pop();
    const first = groups[0];
    const last = groups[groups.length - 1];
    if (!first || !last) continue;
    if (!plus) {
      // Keep an opening bracket only when it closes inside the run: "(495) 123-45-67" keeps it,
      // "(8 916 123-45-67)" does not, or the placeholder would leave a lone ")".
      const open = text[first[0] - 1] === '(';
      const closes = text.slice(first[1], last[1]).includes(')');
      start = open && closes ? first[0] - 1 : first[0];
    }
    end = last[1];
    runs.push({ start, end, plus, groups });
  }
  return runs;
}
