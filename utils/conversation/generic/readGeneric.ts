import { documentsOf } from '../documentsOf';
import type { RawSnapshot } from '../readWithProfile';
import type { Message } from '../types';
import { classifyRoles } from './classifyRoles';
import { findGenericComposer } from './findGenericComposer';
import { findLabelledFields } from './findLabelledFields';
import { findMessageList, type MessageList } from './findMessageList';
import { isNewestFirst } from './isNewestFirst';
import { readItems } from './readItems';

/** Below this the best run of siblings is not taken for a conversation at all. */
const MIN_SCORE = 4;
/** Below this a conversation is read, but the panel is told the reader is unsure. */
const SURE_SCORE = 9;

/**
 * Reads a page no profile knows, by structure: the most message-like run of siblings, who wrote
 * each message, the labelled subscriber fields and the reply box. `confidence: 'low'` when it is
 * a guess. Null when nothing on the page looks like a conversation.
 */
export function readGeneric(doc: Document): RawSnapshot | null {
  const docs = documentsOf(doc);
  let list: MessageList | null = null;
  for (const d of docs) {
    const found = findMessageList(d);
    if (found && found.score > (list?.score ?? 0)) list = found;
  }
  if (!list || list.score < MIN_SCORE) return null;
  const items = readItems(list.items).filter((m) => m.text);
  if (items.length < 2) return null;
  const subscriber = findLabelledFields(docs, list.container);
  const guess = classifyRoles(items, list.container, subscriber.name);
  const messages: Message[] = [];
  items.forEach((m, i) => {
    const role = guess.roles[i];
    if (!role) return;
    const message: Message = { role, text: m.text };
    if (m.time) message.time = m.time.slice(0, 100);
    messages.push(message);
  });
  if (messages.length < 2) return null;
  if (isNewestFirst(messages.map((m) => m.time))) messages.reverse();
  return {
    messages,
    subscriber,
    composer: findGenericComposer(docs, list.container),
    source: 'generic',
    confidence: guess.confident && list.score >= SURE_SCORE ? 'high' : 'low',
    partial: false,
    root: list.container,
  };
}
