import { messageHtml } from '../demo/markup.js';
import { createConversationReader } from '../utils/conversation/conversationReader';
import { sameSnapshot, toSnapshotDto } from '../utils/conversation/toSnapshotDto';
import type { SnapshotDto } from '../utils/messaging/snapshotDto';
import { type Figures, figure, percentile } from './figure';
import { demoDocument } from './foundation';

const RUNS = 41;
const WARMUP = 5;

/** A customer message as the demo CRM renders it (demo/markup.js). */
function demoMessage(doc: Document, id: string, text: string): Element {
  const holder = doc.createElement('div');
  holder.innerHTML = messageHtml({ id, role: 'customer', text, time: '2025-11-25T14:02:00+03:00' });
  return holder.firstElementChild!;
}

/**
 * `live_update_ms`: one new customer message on a 1,000-message demo thread, from the DOM
 * mutation to the snapshot handed to the sender — the content script's path (relevance filter,
 * incremental read, DTO, change check), without its 40 ms batching delay, which is a deliberate
 * wait and not work. happy-dom, like bench/foundation.ts.
 */
export async function crmFigures(): Promise<Figures> {
  const doc = demoDocument(1000);
  const view = doc.defaultView as unknown as Window & typeof globalThis;
  const log = doc.querySelector('section.chat .chat-log');
  if (!log) throw new Error('the benchmark page has no chat log');
  const location = { href: 'http://127.0.0.1:4173/#/c/bench', origin: 'http://127.0.0.1:4173' };
  const reader = createConversationReader();
  let last: SnapshotDto | null = null;
  let sent: ((dto: SnapshotDto) => void) | null = null;

  const report = (records?: readonly MutationRecord[]) => {
    const result = reader.read(doc, null, records);
    const next = toSnapshotDto(result.raw, location, Date.now(), result.saved);
    if (sameSnapshot(last, next)) return;
    last = next;
    sent?.(next);
  };
  report();
  if (last === null || (last as SnapshotDto).totalMessages !== 1000)
    throw new Error('the benchmark page was not read');

  const observer = new view.MutationObserver((records) => {
    if (reader.isRelevant(records)) report(records);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  const times: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const message = demoMessage(
      doc,
      `bench-${i}`,
      `Новое сообщение №${i}: перевод так и не пришёл, что делать?`,
    );
    const done = new Promise<SnapshotDto>((resolve) => {
      sent = resolve;
    });
    const start = performance.now();
    log.append(message);
    const dto = await done;
    const elapsed = performance.now() - start;
    if (dto.messages.at(-1)?.text !== `Новое сообщение №${i}: перевод так и не пришёл, что делать?`) {
      throw new Error('the live update did not report the new message');
    }
    if (i >= WARMUP) times.push(elapsed);
  }
  observer.disconnect();
  return {
    live_update_ms: figure(percentile(times, 50), 'ms', 2),
  };
}
