import { DEFAULT_INTENT_RULES } from './defaultIntentRules';
import { type IntentRule, splitPattern } from './intentRule';
import { compileLexicon, findHits, type Lexicon } from './lexicon';
import { type Token, tokenize } from './tokenize';

export interface IntentMatch {
  id: string;
  /** 0..1 */
  score: number;
  /** The phrases that matched, as written. */
  cues: string[];
}

interface Ref {
  p: string;
  rule: number;
  /** Index among the rule's patterns, or -1 − index for a negative pattern. */
  pattern: number;
  group: number;
}

interface CompiledRules {
  lexicon: Lexicon<Ref>;
  /** groupCounts[rule].get(pattern index) → how many `&` groups that pattern has. */
  groupCounts: Map<number, number>[];
}

// Packs hand the same array in again and again; compile each once.
const cache = new WeakMap<readonly IntentRule[], CompiledRules>();

function compile(rules: readonly IntentRule[]): CompiledRules {
  const cached = cache.get(rules);
  if (cached) return cached;
  const refs: Ref[] = [];
  const groupCounts = rules.map(() => new Map<number, number>());
  rules.forEach((rule, r) => {
    const add = (pattern: string, index: number) => {
      const groups = splitPattern(pattern);
      groupCounts[r]!.set(index, groups.length);
      groups.forEach((group, g) => {
        refs.push({ p: group.join('|'), rule: r, pattern: index, group: g });
      });
    };
    rule.patterns.forEach((p, i) => {
      add(p, i);
    });
    rule.negative.forEach((p, i) => {
      add(p, -1 - i);
    });
  });
  const compiled = { lexicon: compileLexicon(refs), groupCounts };
  cache.set(rules, compiled);
  return compiled;
}

/**
 * Intents of a message by phrase rules (the built-in ones or a pack's), best first. With `any`,
 * each further matching pattern raises the score (1 → 0.6, 2 → 0.84, 3 → 0.94); with `all`, every
 * pattern must match. A matching negative pattern drops the intent.
 */
export function detectIntents(
  text: string,
  rules: readonly IntentRule[] = DEFAULT_INTENT_RULES,
  tokens: Token[] = tokenize(text),
): IntentMatch[] {
  const { lexicon, groupCounts } = compile(rules);
  const hits = findHits(lexicon, tokens);
  if (hits.length === 0) return [];
  // groupsSeen: rule → pattern → set of satisfied groups
  const groupsSeen = new Map<number, Map<number, Set<number>>>();
  const cueSpans = new Map<number, { start: number; end: number }[]>();
  for (const h of hits) {
    const { rule, pattern, group } = h.entry;
    const perRule = groupsSeen.get(rule) ?? new Map<number, Set<number>>();
    groupsSeen.set(rule, perRule);
    const groups = perRule.get(pattern) ?? new Set<number>();
    perRule.set(pattern, groups);
    groups.add(group);
    if (pattern >= 0) {
      const spans = cueSpans.get(rule) ?? [];
      spans.push({ start: tokens[h.from]!.start, end: tokens[h.to - 1]!.end });
      cueSpans.set(rule, spans);
    }
  }
  const results: IntentMatch[] = [];
  for (const [r, perRule] of groupsSeen) {
    const rule = rules[r]!;
    const counts = groupCounts[r]!;
    const complete = (index: number) => (perRule.get(index)?.size ?? 0) === counts.get(index);
    if (rule.negative.some((_, i) => complete(-1 - i))) continue;
    const matched = rule.patterns.filter((_, i) => complete(i)).length;
    if (matched === 0) continue;
    if (rule.match === 'all' && matched < rule.patterns.length) continue;
    const base = rule.match === 'all' ? 1 : 1 - 0.4 ** matched;
    results.push({
      id: rule.id,
      score: round(base * rule.weight),
      cues: cueTexts(text, cueSpans.get(r) ?? []),
    });
  }
  return results.sort((a, b) => b.score - a.score);
}

function cueTexts(text: string, spans: { start: number; end: number }[]): string[] {
  const out: string[] = [];
  for (const s of spans.sort((a, b) => a.start - b.start)) {
    const t = text.slice(s.start, s.end);
    if (!out.includes(t)) out.push(t);
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
