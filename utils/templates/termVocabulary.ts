/**
 * The indexed terms with how many templates contain each, sorted, so the word being typed can be
 * completed to its most common completions only. (A two-letter prefix can match hundreds of
 * words; searching all of them would score most of a 10,000-template index on every key press.)
 */
export class TermVocabulary {
  private readonly counts = new Map<string, number>();
  private sorted: string[] | null = null;

  /** Counts one occurrence (occurrences rank completions as well as document counts would). */
  add(term: string): void {
    this.counts.set(term, (this.counts.get(term) ?? 0) + 1);
    this.sorted = null;
  }

  /** How often the term occurs in the index (0: not indexed, so probably a typo). */
  count(term: string): number {
    return this.counts.get(term) ?? 0;
  }

  /** Up to `limit` indexed terms starting with `prefix`, most frequent first. */
  complete(prefix: string, limit: number): string[] {
    this.sorted ??= [...this.counts.keys()].sort();
    const terms = this.sorted;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (terms[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < terms.length && terms[i]!.startsWith(prefix); i++) found.push(terms[i]!);
    return found
      .sort((a, b) => this.counts.get(b)! - this.counts.get(a)! || a.length - b.length)
      .slice(0, limit);
  }
}
