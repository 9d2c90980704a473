import MiniSearch, { type Query } from 'minisearch';
import { correctTypo } from './correctTypo';
import { foldCase, searchTerm, words } from './normalizeText';
import { STOP_WORDS } from './stopWords';
import { TermVocabulary } from './termVocabulary';

/** What the picker searches in; `id` is the stored template id. */
export interface SearchableTemplate {
  id: string;
  title: string;
  body: string;
  tags: readonly string[];
  shortcut?: string;
}

export interface TemplateSearchOptions {
  /** Only these ids (tag, kind, language, favourites filters), if given. */
  only?: ReadonlySet<string>;
  favourites?: ReadonlySet<string>;
  /** Last use per id (ms): recently used templates rank higher. */
  lastUsed?: ReadonlyMap<string, number>;
  now?: number;
  limit?: number;
}

export interface TemplateSearch {
  /** Ids best first. An empty query lists favourites, then recently used, then by title. */
  search(query: string, options?: TemplateSearchOptions): string[];
  readonly size: number;
}

const DAY = 86_400_000;
/** Completions tried for the word being typed: few for a short start, which matches many words. */
const completionsFor = (prefix: string) => (prefix.length <= 2 ? 1 : prefix.length === 3 ? 2 : 5);
/** A word's first letters are matched in titles, tags and shortcuts only: what the operator scans. */
const HEAD_FIELDS = ['title', 'tags', 'shortcut'];

const contentWords = (text: string) => words(text).filter((w) => !STOP_WORDS.has(w));

/** Edit distance forgiven for a word the index does not know: one letter, two in long words. */
function typoTolerance(term: string): number | false {
  if (term.length < 4) return false;
  return term.length < 9 ? 1 : 2;
}

/**
 * Full-text search over templates with MiniSearch (BM25, a radix tree for prefix and typo
 * matching). Words are case-folded with ё → е and stemmed, so «перевода», «переводом» and
 * «перевод» meet; the word being typed also matches as a prefix; a typo of one letter (two in
 * long words) is forgiven. All words must match; if none match together, any word may.
 */
export function createTemplateSearch(templates: readonly SearchableTemplate[]): TemplateSearch {
  const { index, finish } = prepare(templates);
  index.addAll(templates);
  return finish();
}

/**
 * The same, built in chunks that yield to the event loop between them, so a panel with a
 * 10,000-template library stays responsive while the index is (re)built.
 */
export async function buildTemplateSearch(
  templates: readonly SearchableTemplate[],
  chunkSize = 500,
): Promise<TemplateSearch> {
  const { index, finish } = prepare(templates);
  await index.addAllAsync(templates, { chunkSize });
  return finish();
}

function prepare(templates: readonly SearchableTemplate[]) {
  const vocabulary = new TermVocabulary();
  const headVocabulary = new TermVocabulary();
  const index = new MiniSearch<SearchableTemplate>({
    fields: ['title', 'body', 'tags', 'shortcut'],
    extractField: (doc, field) => {
      if (field === 'tags') return doc.tags.join(' ');
      const value = doc[field as keyof SearchableTemplate];
      return typeof value === 'string' ? value : '';
    },
    tokenize: contentWords,
    processTerm: (word, field) => {
      const term = searchTerm(word);
      vocabulary.add(term);
      if (field !== 'body') headVocabulary.add(term);
      return term;
    },
    searchOptions: { tokenize: (s) => [s], processTerm: (t) => t, boost: { shortcut: 4, title: 3, tags: 2 } },
  });
  const finish = (): TemplateSearch => searchOver(index, templates, vocabulary, headVocabulary);
  return { index, finish };
}

function searchOver(
  index: MiniSearch<SearchableTemplate>,
  templates: readonly SearchableTemplate[],
  vocabulary: TermVocabulary,
  headVocabulary: TermVocabulary,
): TemplateSearch {
  const byId = new Map(templates.map((t) => [t.id, t]));
  const collator = new Intl.Collator('ru');
  const byTitle = [...templates].sort((a, b) => collator.compare(a.title, b.title)).map((t) => t.id);
  const shortcuts = new Map<string, string>();
  for (const t of templates) if (t.shortcut) shortcuts.set(foldCase(t.shortcut), t.id);

  const boost = (id: string, options: TemplateSearchOptions): number => {
    let factor = options.favourites?.has(id) ? 2 : 1;
    const used = options.lastUsed?.get(id);
    if (used !== undefined) factor *= 1 + 0.5 / (1 + Math.max(0, (options.now ?? Date.now()) - used) / DAY);
    return factor;
  };

  const browse = (options: TemplateSearchOptions, limit: number): string[] => {
    const allowed = (id: string) => byId.has(id) && (!options.only || options.only.has(id));
    const fav = (id: string) => (options.favourites?.has(id) ? 1 : 0);
    const used = (id: string) => options.lastUsed?.get(id) ?? 0;
    const first = [...(options.favourites ?? []), ...(options.lastUsed?.keys() ?? [])].filter(allowed);
    const out = [...new Set(first)].sort((a, b) => fav(b) - fav(a) || used(b) - used(a));
    const seen = new Set(out);
    for (const id of byTitle) {
      if (out.length >= limit) break;
      if (!seen.has(id) && allowed(id)) out.push(id);
    }
    return out.slice(0, limit);
  };

  const search = (query: string, options: TemplateSearchOptions = {}): string[] => {
    const limit = options.limit ?? 50;
    const all = contentWords(query);
    // Short words («в», «не», "to") narrow nothing down and would make AND miss.
    const long = all.filter((w) => w.length > 2);
    const typed = long.length > 0 ? long : all;
    if (typed.length === 0) return browse(options, limit);
    const queries: Query[] = typed.map((word, i) => {
      const term = searchTerm(word);
      // A probable typo is searched as written and as corrected; an unknown word with no
      // close known one falls back to MiniSearch's fuzzy matching.
      const corrected = correctTypo(term, vocabulary);
      const unknown = vocabulary.count(term) === 0 && !corrected;
      const exact: Query = corrected
        ? { combineWith: 'OR', queries: [term, { queries: [corrected], boostTerm: () => 0.7 }] }
        : { queries: [term], fuzzy: unknown ? typoTolerance(term) : false };
      if (i < typed.length - 1 || word.length < 2) return exact;
      // The word being typed: also its most common completions in the index.
      const short = word.length <= 3;
      const completions = (short ? headVocabulary : vocabulary)
        .complete(word, completionsFor(word))
        .filter((c) => c !== term);
      if (completions.length === 0) return exact;
      const completed: Query = short
        ? { queries: completions, fields: HEAD_FIELDS }
        : { queries: completions };
      return { combineWith: 'OR', queries: [exact, completed] };
    });
    const filter = options.only ? (r: { id: string }) => options.only!.has(r.id) : undefined;
    const personal = (options.favourites?.size ?? 0) + (options.lastUsed?.size ?? 0) > 0;
    const boostDocument = personal ? (id: string) => boost(id, options) : undefined;
    const run = (combineWith: 'AND' | 'OR', fields?: string[]) =>
      index.search({ combineWith, queries }, { filter, boostDocument, ...(fields ? { fields } : {}) });
    // Titles and tags first: when they already give a full page, scoring every body that
    // mentions a common word would not change what is shown, only slow down each key press.
    let results = run('AND', HEAD_FIELDS);
    if (results.length < limit) results = run('AND');
    if (results.length === 0 && typed.length > 1) results = run('OR');
    const ids = results.slice(0, limit).map((r) => r.id as string);
    const pinned = shortcuts.get(foldCase(query.trim()));
    if (pinned && (!options.only || options.only.has(pinned)))
      return [pinned, ...ids.filter((id) => id !== pinned)];
    return ids;
  };

  return { search, size: templates.length };
}
