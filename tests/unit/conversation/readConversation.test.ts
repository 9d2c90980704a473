import { describe, expect, it } from 'vitest';
import { builtInProfiles } from '@/utils/conversation/profiles';
import { readConversation } from '@/utils/conversation/readConversation';
import { siteProfileSchema } from '@/utils/conversation/siteProfile';
import { normalizePhone } from '@/utils/subscriber/normalizePhone';
import { conversations } from '../../../demo/conversations.js';
import { cardHtml, conversationHtml, queueHtml } from '../../../demo/markup.js';

function renderDemo(id: string): void {
  const conversation = conversations.find((c) => c.id === id)!;
  document.body.innerHTML = `<div class="desk">${queueHtml(conversations, id)}${conversationHtml(conversation)}
    ${cardHtml(conversation.customer)}<form class="reply-form"><textarea id="reply" class="composer"></textarea></form></div>`;
}

describe('readConversation on the demo CRM', () => {
  it('reads every demo conversation: messages in order, roles, no system lines, no queue previews', () => {
    for (const conversation of conversations) {
      renderDemo(conversation.id);
      const snapshot = readConversation(document);
      expect(snapshot, conversation.id).not.toBeNull();
      const expected = conversation.messages
        .filter((m) => m.role !== 'system')
        .map((m) => ({ role: m.role, text: m.text.replace(/\n{3,}/g, '\n\n').trim(), time: m.time }));
      expect(snapshot!.messages, conversation.id).toEqual(expected);
      expect(snapshot!.composer).toBe(document.getElementById('reply'));
    }
  });

  it('gives the card phone in E.164, not a phone quoted inside a message', () => {
    renderDemo('1041');
    const snapshot = readConversation(document)!;
    expect(snapshot.subscriber.phone).toBe('+79161234567');
    expect(snapshot.subscriber.name).toBeTruthy();
    expect(snapshot.messages.some((m) => /\d{3}[\s-]?\d{2}[\s-]?\d{2}/.test(m.text))).toBe(true);
  });

  it('recognises the same subscriber in two conversations with differently written phones', () => {
    renderDemo('1042');
    const a = readConversation(document)!.subscriber;
    renderDemo('0987');
    const b = readConversation(document)!.subscriber;
    expect(a.phone).toBe(b.phone);
    expect(a.crmId).toBe(b.crmId);
  });

  it('keeps the verse complaint line by line', () => {
    renderDemo('1045');
    const poem = readConversation(document)!.messages.find(
      (m) => m.role === 'customer' && m.text.split('\n').length >= 12,
    );
    expect(poem).toBeDefined();
    expect(poem!.text).toContain('\n\n');
  });

  it('returns null on a page with no conversation', () => {
    document.body.innerHTML = '<h1>Личный кабинет</h1><p>Добро пожаловать!</p>';
    expect(readConversation(document)).toBeNull();
  });

  it('ships only profiles that satisfy the schema', () => {
    for (const profile of builtInProfiles) expect(siteProfileSchema.parse(profile)).toEqual(profile);
  });
});

describe('normalizePhone', () => {
  it.each([
    ['+7 (916) 123-45-67', '+79161234567'],
    ['8 916 123-45-67', '+79161234567'],
    ['8-921-555-30-17', '+79215553017'],
    ['+79140186623', '+79140186623'],
    ['9161234567', '+79161234567'],
    ['+44 20 7946 0958', '+442079460958'],
    ['0049 30 901820', '+4930901820'],
  ])('%s → %s', (raw, e164) => {
    expect(normalizePhone(raw)).toBe(e164);
  });

  it.each(['', 'нет телефона', '123', '*100#', '+7 (916) 123-45'])('rejects %j', (raw) => {
    expect(normalizePhone(raw)).toBeNull();
  });

  it('uses the given default country for national numbers', () => {
    expect(normalizePhone('030 901820', 'DE')).toBe('+4930901820');
  });
});
