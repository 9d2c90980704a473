import { searchTermsOf } from './searchTerms';

/** What the index needs of a note. */
export interface IndexableNote {
  id: string;
  subscriberKey: string;
  text: string;
  updatedAt: number;
}

export interface NoteHit {
  id: string;
  subscriberKey: string;
  updatedAt: number;
}

/** A prefix that expands to more terms than this is too short to mean anything. */
const MAX_PREFIX_TERMS = 500;

/**
 * Full-text search over the notes of all subscribers, in memory. Every query word must match;
 * Russian word forms meet through stemming, and the last word also matches as a prefix because
 * the operator is usually still typing it. Matches come newest first.
 *
 * A plain inverted index rather than MiniSearch: MiniSearch scores every matching document, and
 * with 100,000 notes a common word («перевод») matches tens of thousands of them (35–110 ms per
 * query measured); intersecting posting lists and keeping the newest k takes about a millisecond.
 */
export class NotesIndex {
  /** Document number → note id; '' once the note was removed or re-indexed. */
  private ids: string[] = [];
  private keys: string[] = [];
  private times: number[] = [];
  private readonly docOf = new Map<string, number>();
  /** Term → ascending document numbers (removed documents are skipped at search time). */
  private postings = new Map<string, number[]>();
  /** The terms in sorted order for prefix lookups; rebuilt lazily when new terms arrive. */
  private sortedTerms: string[] | null = null;
  private removed = 0;

  get size(): number {
    return this.docOf.size;
  }

  upsert(note: IndexableNote): void {
    const current = this.docOf.get(note.id);
    if (current !== undefined) {
      if (this.times[current] === note.updatedAt) return;
      this.drop(current);
    }
    const doc = this.ids.length;
    this.ids.push(note.id);
    this.keys.push(note.subscriberKey);
    this.times.push(note.updatedAt);
    this.docOf.set(note.id, doc);
    for (const term of searchTermsOf(note.text)) {
      const list = this.postings.get(term);
      if (list) list.push(doc);
      else {
        this.postings.set(term, [doc]);
        if (this.sortedTerms) insertSorted(this.sortedTerms, term);
      }
    }
  }

  remove(id: string): void {
    const doc = this.docOf.get(id);
    if (doc !== undefined) this.drop(doc);
  }

  /** Makes the index hold exactly `notes`: new and edited ones are (re)indexed, missing ones dropped. */
  sync(notes: readonly IndexableNote[]): void {
    const present = new Set<string>();
    for (const note of notes) {
      present.add(note.id);
      this.upsert(note);
    }
    for (const id of [...this.docOf.keys()]) if (!present.has(id)) this.remove(id);
  }

  /** The newest notes containing every word of the query. */
  search(query: string, limit = 30): NoteHit[] {
    const terms = searchTermsOf(query);
    if (terms.length === 0 || limit <= 0) return [];
    const groups: number[][][] = [];
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!;
      const lists = i === terms.length - 1 ? this.withPrefix(term) : [this.postings.get(term) ?? []];
      lists.push(...this.shorterStems(term));
      if (lists.every((l) => l.length === 0)) return [];
      groups.push(lists);
    }
    return this.newest(this.intersect(groups), limit);
  }

  private drop(doc: number): void {
    this.docOf.delete(this.ids[doc]!);
    this.ids[doc] = '';
    this.removed++;
    // Posting lists keep removed documents until half the index is dead; then start afresh.
    if (this.removed > 10_000 && this.removed * 2 > this.ids.length) this.compact();
  }

  private compact(): void {
    const live = this.ids.flatMap((id, doc) =>
      id ? [{ id, subscriberKey: this.keys[doc]!, updatedAt: this.times[doc]! }] : [],
    );
    const texts = new Map<string, string[]>();
    for (const [term, list] of this.postings) {
      for (const doc of list) {
        const id = this.ids[doc];
        if (!id) continue;
        const terms = texts.get(id);
        if (terms) terms.push(term);
        else texts.set(id, [term]);
      }
    }
    this.ids = [];
    this.keys = [];
    this.times = [];
    this.docOf.clear();
    this.postings = new Map();
    this.sortedTerms = null;
    this.removed = 0;
    // Terms are already normalised, so joining them re-indexes to the same terms.
    for (const note of live) this.upsert({ ...note, text: (texts.get(note.id) ?? []).join(' ') });
  }

  /**
   * Posting lists of indexed terms that are this term cut short by up to three letters (never
   * below four). The stemmer cuts some forms of a word deeper than others («вокзал» → «вокза»,
   * «зачислен» → «зачисл» but «зачисление» → «зачислен»); this lets them still meet.
   */
  private shorterStems(term: string): number[][] {
    const lists: number[][] = [];
    if (!/^[а-я]+$/.test(term)) return lists;
    for (let n = Math.max(4, term.length - 3); n < term.length; n++) {
      const list = this.postings.get(term.slice(0, n));
      if (list) lists.push(list);
    }
    return lists;
  }

  /** The posting lists of `term` and of every longer term starting with it. */
  private withPrefix(term: string): number[][] {
    if (!this.sortedTerms) this.sortedTerms = [...this.postings.keys()].sort();
    const sorted = this.sortedTerms;
    const lists: number[][] = [];
    for (
      let i = lowerBound(sorted, term);
      i < sorted.length && sorted[i]!.startsWith(term) && lists.length < MAX_PREFIX_TERMS;
      i++
    ) {
      lists.push(this.postings.get(sorted[i]!)!);
    }
    return lists;
  }

  /** Documents present in at least one list of every group. */
  private intersect(groups: number[][][]): number[] {
    // Per document, how many groups it has been seen in so far, groups read in order: a document
    // only advances from g to g + 1 while group g is read, so a repeat within a group counts once.
    const order = [...groups].sort((a, b) => size(a) - size(b)).slice(0, 255);
    const counts = new Uint8Array(this.ids.length);
    for (let g = 0; g < order.length; g++) {
      for (const list of order[g]!) for (const doc of list) if (counts[doc] === g) counts[doc] = g + 1;
    }
    const need = order.length;
    const out: number[] = [];
    for (const list of order[0]!) {
      for (const doc of list) {
        if (counts[doc] !== need) continue;
        counts[doc] = 0;
        if (this.ids[doc]) out.push(doc);
      }
    }
    return out;
  }

  private newest(docs: readonly number[], limit: number): NoteHit[] {
    const best: number[] = [];
    for (const doc of docs) {
      const t = this.times[doc]!;
      if (best.length === limit && t <= this.times[best[limit - 1]!]!) continue;
      let i = best.length < limit ? best.length : limit - 1;
      best[i] = doc;
      while (i > 0 && this.times[best[i - 1]!]! < t) {
        best[i] = best[i - 1]!;
        best[i - 1] = doc;
        i--;
      }
    }
    return best.map((doc) => ({
      id: this.ids[doc]!,
      subscriberKey: this.keys[doc]!,
      updatedAt: this.times[doc]!,
    }));
  }
}

function insertSorted(sorted: string[], term: string): void {
  sorted.splice(lowerBound(sorted, term), 0, term);
}

/** The first position in `sorted` whose term is not below `term`. */
function lowerBound(sorted: readonly string[], term: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function size(lists: number[][]): number {
  return lists.reduce((n, l) => n + l.length, 0);
}
