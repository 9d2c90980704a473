import type { CrisisCue, MessageCrisisFeatures } from './crisisFeatures';
import { CRISIS_KINDS, type CrisisKind, decideCrisis } from './decideCrisis';
import { type CrisisResult, messageCrisisFeatures, messageKind, relevantCues } from './detectCrisis';

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
  let cues: CrisisCue[] = [];
  const window: MessageCrisisFeatures[] = [];
  for (const text of customerTexts) {
    const m = messageCrisisFeatures(text);
    if (m.calm && kind && kind !== 'self_harm') {
      kind = undefined;
      cues = [];
      window.length = 0;
      continue;
    }
    window.push(m);
    if (window.length > WINDOW) window.shift();
    // A message without cues adds nothing to the windows already read with the messages before it.
    if (m.cues.length === 0) continue;
    // The message alone first, then with the one before, then with the two before.
    for (let from = window.length - 1; from >= 0; from--) {
      const parts = window.slice(from);
      let found: CrisisKind | undefined;
      if (from === window.length - 1) found = messageKind(m);
      else if (parts[0]!.cues.length > 0) found = decideCrisis(parts.flatMap((w) => w.cues));
      if (!found) continue;
      if (!kind || rank(found) < rank(kind)) {
        kind = found;
        cues = relevantCues(
          found,
          parts.flatMap((w, i) => w.cues.map((c) => ({ ...c, msg: i }))),
        );
      }
      break;
    }
  }
  return kind ? { isCrisis: true, kind, cues: cues.map((c) => c.text) } : { isCrisis: false, cues: [] };
}
