import type { MessageCrisisFeatures } from './crisisFeatures';
import { currentCrisisModel } from './crisisModel';
import { CRISIS_KINDS, type CrisisKind, decideCrisis } from './decideCrisis';
import {
  type CrisisResult,
  combine,
  detectCrisisDetail,
  messageCrisisFeatures,
  relevantCues,
} from './detectCrisis';

/** A story told in parts: a message is also read together with the customer's one or two before it. */
const WINDOW = 3;

const rank = (kind: CrisisKind) => CRISIS_KINDS.indexOf(kind);

/**
 * The crisis of a whole conversation, from the customer's messages (oldest first). Every message is
 * read (its concepts are cached by text, so a long thread costs little as it grows), alone and with
 * the one or two before it. Once recognised, a crisis stays on the banner for the rest of the
 * conversation — a driver who later writes "скажите жене, что я живой" is still on the highway — until
 * a message says it is over ("нас нашли", "всё хорошо, живём"). Self-harm is never cleared that way:
 * "всё нормально" after a goodbye is no reason to drop the playbook.
 */
export function conversationCrisis(customerTexts: readonly string[]): CrisisResult {
  let kind: CrisisKind | undefined;
  let cues: string[] = [];
  const window: { text: string; m: MessageCrisisFeatures }[] = [];
  const adopt = (found: CrisisKind, shown: string[]) => {
    if (kind && rank(found) >= rank(kind)) return;
    kind = found;
    cues = shown;
  };
  for (const text of customerTexts) {
    const m = messageCrisisFeatures(text);
    if (m.calm && kind && kind !== 'self_harm') {
      kind = undefined;
      cues = [];
      window.length = 0;
      continue;
    }
    window.push({ text, m });
    if (window.length > WINDOW) window.shift();
    // The message alone first, then with the one before, then with the two before.
    const alone = detectCrisisDetail(text);
    if (alone.kind) {
      adopt(alone.kind, alone.cues);
      continue;
    }
    // A message without cues adds nothing to the windows already read with the messages before it.
    if (m.cues.length === 0) continue;
    for (let from = window.length - 2; from >= 0; from--) {
      const parts = window.slice(from);
      if (parts[0]!.m.cues.length === 0) continue;
      const all = parts.flatMap((w) => w.m.cues);
      const lexicon = decideCrisis(all);
      const found =
        lexicon && combine(lexicon, parts.map((w) => w.text).join('\n'), all, currentCrisisModel());
      if (!found) continue;
      adopt(
        found,
        relevantCues(
          found,
          parts.flatMap((w, i) => w.m.cues.map((c) => ({ ...c, msg: i }))),
        ).map((c) => c.text),
      );
      break;
    }
  }
  return kind ? { isCrisis: true, kind, cues } : { isCrisis: false, cues: [] };
}
