import type { ConversationAnalysis } from '../analysis/analyzeConversation';
import { stemsOf } from './stemWord';

export interface RankableTemplate {
  id: string;
  title: string;
  body: string;
  lang: string;
  kind: string;
  tags: readonly string[];
  intents: readonly string[];
}

export interface TemplateIndex<T extends RankableTemplate = RankableTemplate> {
  templates: readonly T[];
  /** stem → indexes of templates whose title, tags or body contain it. */
  postings: Map<string, number[]>;
  /** Inverse document frequency per stem: rare words say more. */
  idf: Map<string, number>;
}

/** Built once when the installed templates change; ranking then costs only the query's words. */
export function buildTemplateIndex<T extends RankableTemplate>(templates: readonly T[]): TemplateIndex<T> {
  const postings = new Map<string, number[]>();
  templates.forEach((t, i) => {
    const stems = new Set(stemsOf(`${t.title} ${t.tags.join(' ')} ${t.body}`));
    for (const stem of stems) {
      const list = postings.get(stem);
      if (list) list.push(i);
      else postings.set(stem, [i]);
    }
  });
  const idf = new Map<string, number>();
  for (const [stem, list] of postings) idf.set(stem, Math.log(1 + templates.length / list.length));
  return { templates, postings, idf };
}

export interface RankedTemplate<T extends RankableTemplate = RankableTemplate> {
  template: T;
  score: number;
  /** Why it ranks here (intent ids, emotion, crisis), for the panel. */
  reasons: string[];
}

const EMOTION_TAGS: Record<string, string[]> = {
  anger: ['anger', 'гнев', 'жалоба', 'complaint', 'извинение', 'apology'],
  worry: ['worry', 'тревога', 'волнение', 'поддержка', 'support', 'reassurance'],
  sadness: ['sadness', 'грусть', 'сочувствие', 'support', 'поддержка'],
  confusion: ['confusion', 'объяснение', 'explain', 'инструкция'],
  gratitude: ['gratitude', 'благодарность', 'thanks'],
  joy: ['joy', 'радость'],
};

/**
 * The installed templates ranked for this conversation: the situations it fits (intents, a
 * crisis playbook first in a crisis), similarity to what the customer wrote, emotion fit and
 * language. Verse templates only rank when the customer wrote verse.
 */
export function rankTemplates<T extends RankableTemplate>(
  index: TemplateIndex<T>,
  analysis: ConversationAnalysis,
  options: { limit?: number; isVerse?: boolean } = {},
): RankedTemplate<T>[] {
  const limit = options.limit ?? 3;
  const scores = new Float64Array(index.templates.length);
  const queryStems = new Set(stemsOf(analysis.lastCustomerText.slice(0, 4000)));
  let norm = 0;
  for (const stem of queryStems) {
    const weight = index.idf.get(stem);
    const list = index.postings.get(stem);
    if (!weight || !list) continue;
    norm += weight;
    for (const i of list) scores[i]! += weight;
  }
  const intentScores = new Map(analysis.intents.map((i) => [i.id, i.score]));
  const crisisKind = analysis.crisis.isCrisis ? analysis.crisis.kind : undefined;
  const emotionTags = EMOTION_TAGS[analysis.emotion.emotion] ?? [];
  const scoreOf = (template: T, i: number, reasons: string[] | null): number => {
    let score = norm > 0 ? (3 * scores[i]!) / norm : 0;
    for (const intent of template.intents) {
      const s = intentScores.get(intent);
      if (s) {
        score += 4 * s;
        reasons?.push(intent);
      }
      if (crisisKind && (intent === crisisKind || intent === `crisis_${crisisKind}`)) {
        score += 8;
        reasons?.push(`crisis:${crisisKind}`);
      }
    }
    if (template.kind === 'playbook') score += crisisKind ? 2 : -2;
    if (template.kind === 'verse') score += options.isVerse ? 6 : -6;
    if (emotionTags.length > 0 && template.tags.some((tag) => emotionTags.includes(tag.toLowerCase()))) {
      score += analysis.emotion.intensity;
      reasons?.push(analysis.emotion.emotion);
    }
    if (analysis.language !== 'other' && template.lang !== analysis.language) score -= 5;
    return score;
  };
  // Keep only the best `limit` while scanning: sorting thousands of matches would cost more
  // than scoring them.
  const top: { i: number; score: number }[] = [];
  index.templates.forEach((template, i) => {
    const score = scoreOf(template, i, null);
    if (score <= 0.5 || (top.length === limit && score <= top[top.length - 1]!.score)) return;
    let at = top.length;
    while (at > 0 && top[at - 1]!.score < score) at--;
    top.splice(at, 0, { i, score });
    if (top.length > limit) top.pop();
  });
  return top.map(({ i, score }) => {
    const reasons: string[] = [];
    const template = index.templates[i]!;
    scoreOf(template, i, reasons);
    return { template, score, reasons };
  });
}
