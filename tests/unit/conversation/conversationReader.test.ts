import { describe, expect, it } from 'vitest';
import { createConversationReader } from '@/utils/conversation/conversationReader';
import type { SiteProfile } from '@/utils/conversation/siteProfile';
import { watchConversation } from '@/utils/conversation/watchConversation';
import { cardHtml, conversationHtml, longConversation } from '../../../demo/markup.js';
import { loadFixture } from './loadFixture';

function demoPage(messages: number): void {
  const conversation = longConversation(messages);
  document.body.innerHTML = `<main class="desk">${conversationHtml(conversation)}${cardHtml(conversation.customer)}
    <form class="reply-form"><textarea id="reply" class="composer"></textarea></form></main>`;
}

/** Mutation records of `change`, delivered the way a MutationObserver delivers them. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  change();
  await new Promise((r) => setTimeout(r, 0));
  observer.disconnect();
  return records;
}

function newMessage(text: string): HTMLElement {
  const el = document.createElement('article');
  el.className = 'msg msg--customer';
  el.dataset.role = 'customer';
  el.innerHTML = `<div class="msg-text"><div class="msg-line">${text}</div></div>`;
  return el;
}

describe('the live reader', () => {
  it('reads only what a new message changed, and gets the same result as a full read', async () => {
    demoPage(300);
    const reader = createConversationReader();
    expect(reader.read(document, null).raw?.messages).toHaveLength(300);
    const log = document.querySelector('.chat-log')!;
    const records = await recordsOf(() => log.append(newMessage('Деньги так и не пришли, помогите!')));
    expect(reader.isRelevant(records)).toBe(true);
    const live = reader.read(document, null, records).raw!;
    expect(live.messages).toHaveLength(301);
    expect(live.messages.at(-1)).toEqual({ role: 'customer', text: 'Деньги так и не пришли, помогите!' });
    expect(createConversationReader().read(document, null).raw).toEqual(live);
  });

  it('re-reads a message whose text was edited in place', async () => {
    demoPage(20);
    const reader = createConversationReader();
    reader.read(document, null);
    const line = document.querySelectorAll('.msg-line')[3]!;
    const records = await recordsOf(() => {
      line.textContent = 'Исправлено: перевод на 5 000 ₽';
    });
    expect(reader.read(document, null, records).raw?.messages[3]?.text).toBe(
      'Исправлено: перевод на 5 000 ₽',
    );
  });

  it('ignores changes outside the conversation and its subscriber fields', async () => {
    demoPage(20);
    const reader = createConversationReader();
    reader.read(document, null);
    const clock = document.createElement('div');
    document.body.append(clock);
    const records = await recordsOf(() => {
      clock.textContent = '13:41:07';
    });
    expect(reader.isRelevant(records)).toBe(false);
    const card = await recordsOf(() => {
      document.querySelector('[data-field="phone"]')!.textContent = '+7 (916) 000-00-01';
    });
    expect(reader.isRelevant(card)).toBe(true);
    expect(reader.read(document, null, card).raw?.subscriber.phone).toBe('+7 (916) 000-00-01');
  });

  it('follows a conversation switch that replaces the whole subtree', async () => {
    demoPage(5);
    const reader = createConversationReader();
    reader.read(document, null);
    const records = await recordsOf(() => demoPage(7));
    expect(reader.isRelevant(records)).toBe(true);
    expect(reader.read(document, null, records).raw?.messages).toHaveLength(7);
  });

  it('says when the saved profile no longer matches, without guessing', async () => {
    await loadFixture('teach-inhouse.html');
    const stale: SiteProfile = {
      id: 'taught:crm.signal.test',
      name: 'crm.signal.test',
      detect: 'div[data-qa="thread"]',
      root: 'div[data-qa="thread"]',
      message: ':scope > div[data-qa="message-v1"]',
      skip: [],
      role: { operator: 'i.icon-headset', fallback: 'customer' },
      order: 'oldest-first',
      subscriber: {},
      composer: [],
    };
    const result = createConversationReader().read(document, stale);
    expect(result).toEqual({ raw: null, saved: 'mismatch' });
  });
});

describe('watchConversation', () => {
  it('batches mutations into one read and drops irrelevant batches', () => {
    const timers: (() => void)[] = [];
    let emit: (records?: readonly MutationRecord[]) => void = () => {};
    const reads: (readonly MutationRecord[] | undefined)[] = [];
    const fake = (target: string) => ({ type: 'childList', target }) as unknown as MutationRecord;
    const watcher = watchConversation(
      {
        setTimeout: (fn) => timers.push(fn),
        observe: (cb) => {
          emit = cb;
          return () => {};
        },
      },
      (records) => reads.push(records),
      { isRelevant: (records) => records.some((r) => (r.target as unknown) === 'chat') },
    );
    emit([fake('clock')]);
    expect(timers).toHaveLength(0);
    emit([fake('chat')]);
    emit([fake('chat'), fake('clock')]);
    expect(timers).toHaveLength(1);
    timers.shift()!();
    expect(reads).toHaveLength(1);
    expect(reads[0]).toHaveLength(3);
    watcher.schedule();
    timers.shift()!();
    expect(reads[1]).toBeUndefined();
  });
});
