import { describe, expect, it } from 'vitest';
import { readConversation } from '@/utils/conversation/readConversation';
import { siteProfileSchema } from '@/utils/conversation/siteProfile';
import { deriveProfile } from '@/utils/conversation/teach/deriveProfile';
import { isHashedToken } from '@/utils/conversation/teach/isHashedToken';
import { stableSelector } from '@/utils/conversation/teach/stableSelector';
import { loadFixture } from './loadFixture';

const texts = (doc: Document) => Array.from(doc.querySelectorAll('[data-qa="message"] .sc-m9N0o'));

describe('teaching a site', () => {
  it('tells generated class names from meaningful ones', () => {
    for (const hashed of ['sc-a1B2c', 'css-1q2w3e', 'Xk3p9a', 'h2Lw0c', 'Button_root__x7Yz2']) {
      expect(isHashedToken(hashed), hashed).toBe(true);
    }
    for (const stable of [
      'msg',
      'message-bubble-container',
      'icon-headset',
      'ProseMirror',
      'thread-type-customer',
    ]) {
      expect(isHashedToken(stable), stable).toBe(false);
    }
  });

  it('prefers stable attributes over generated classes in selectors', async () => {
    const doc = await loadFixture('teach-inhouse.html');
    const phone = doc.querySelector('[data-qa="client-phone"]')!;
    expect(stableSelector(phone)).toBe('div[data-qa="client-phone"]');
    expect(stableSelector(doc.getElementById('teach-reply')!)).toBe('div#teach-reply');
  });

  it('derives a profile from four picks that reads the page exactly, and that zod accepts', async () => {
    const doc = await loadFixture('teach-inhouse.html');
    const [first, second] = texts(doc);
    const result = deriveProfile(
      {
        customer: first!,
        operator: second!,
        subscriber: doc.querySelector('[data-qa="client-phone"]')!,
        composer: doc.getElementById('teach-reply')!,
      },
      doc,
      'http://127.0.0.1:4173',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const profile = siteProfileSchema.parse(result.profile);
    expect(profile.role.operator).toBe('i.icon-headset');
    // No generated class name made it into the profile.
    expect(JSON.stringify(profile)).not.toMatch(/sc-[a-z]\d/i);
    const snapshot = readConversation(doc, [profile])!;
    expect(snapshot.source).toBe('taught:127.0.0.1:4173');
    expect(snapshot.messages.map((m) => m.role)).toEqual([
      'customer',
      'operator',
      'customer',
      'operator',
      'customer',
    ]);
    expect(snapshot.messages[3]!.text).toContain('Выходи за меня?');
    expect(snapshot.subscriber.phone).toBe('+79172823390');
    expect(snapshot.composer).toBe(doc.getElementById('teach-reply'));
  });

  it('refuses two picks in the same message, with the reason', async () => {
    const doc = await loadFixture('teach-inhouse.html');
    const [first] = texts(doc);
    const result = deriveProfile(
      {
        customer: first!,
        operator: first!,
        subscriber: first!,
        composer: doc.getElementById('teach-reply')!,
      },
      doc,
      'http://127.0.0.1:4173',
    );
    expect(result).toEqual({ ok: false, reason: 'same_message' });
  });

  it('learns a chat in an iframe from the side its bubbles sit on', async () => {
    const doc = await loadFixture('iframe-chat.html');
    const frame = (doc.getElementById('chat-frame') as HTMLIFrameElement).contentDocument!;
    const bubbles = Array.from(frame.querySelectorAll('.r8Kd2x'));
    const result = deriveProfile(
      {
        customer: bubbles[0]!,
        operator: bubbles[1]!,
        subscriber: Array.from(doc.querySelectorAll('.Nn4d5e'))[1]!,
        composer: frame.getElementById('quill-editor')!,
      },
      doc,
      'http://127.0.0.1:4173',
    );
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.profile.frame).toBe('iframe#chat-frame');
    expect(result.profile.role.align).toBe('customer-left');
    const snapshot = readConversation(doc, [result.profile])!;
    expect(snapshot.messages.map((m) => m.role)).toEqual(['customer', 'operator', 'customer', 'operator']);
    expect(snapshot.composer).toBe(frame.getElementById('quill-editor'));
  });
});
