import { describe, expect, it } from 'vitest';
import { conversations } from '../../../demo/conversations.js';
import { analyzeConversation } from '../../../utils/analysis/analyzeConversation';
import type { Message } from '../../../utils/conversation/types';

interface DemoConversation {
  id: string;
  messages: { role: string; text: string }[];
  pending?: { text: string }[];
}

const demo = conversations as unknown as DemoConversation[];

/** The thread as the reader gives it (no system lines), optionally with the scripted follow-ups. */
function thread(id: string, followUps = 0): Message[] {
  const c = demo.find((d) => d.id === id);
  if (!c) throw new Error(`no demo conversation ${id}`);
  const messages: Message[] = c.messages
    .filter((m) => m.role === 'customer' || m.role === 'operator')
    .map((m) => ({ role: m.role as Message['role'], text: m.text }));
  for (const p of (c.pending ?? []).slice(0, followUps)) messages.push({ role: 'customer', text: p.text });
  return messages;
}

const analyze = (id: string, followUps = 0) => analyzeConversation({ messages: thread(id, followUps) });

describe('the demo CRM conversations', () => {
  it('1041: wife and son stranded at a bus station — stranded, and strong worry', () => {
    const a = analyze('1041');
    expect(a.crisis).toMatchObject({ isCrisis: true, kind: 'stranded' });
    expect(a.emotion.emotion).toBe('worry');
    expect(a.emotion.intensity).toBeGreaterThanOrEqual(0.7);
    expect(a.emotion.cues.map((c) => c.text)).toEqual(
      expect.arrayContaining(['сделайте хоть что-нибудь', 'ничем не могу им помочь']),
    );
  });

  it('1046: a mushroom picker lost in the forest', () => {
    expect(analyze('1046').crisis).toMatchObject({ isCrisis: true, kind: 'lost' });
    // still lost while the rescuers are only heard
    expect(analyze('1046', 2).crisis.kind).toBe('lost');
  });

  it('1047: a driver on a winter highway — a crisis for the whole conversation', () => {
    const a = analyze('1047');
    expect(a.crisis.isCrisis).toBe(true);
    expect(['stranded', 'health_threat']).toContain(a.crisis.kind);
    // his last words are about his wife; the crisis and the worry stay
    expect(a.lastCustomerText).toMatch(/^Да\. Жена Оксана/);
    expect(a.emotion.emotion).toBe('worry');
    expect(analyze('1047', 1).crisis.isCrisis).toBe(true);
    // "водитель пустил погреться. Всё, живём!" ends it
    const safe = analyze('1047', 2);
    expect(safe.crisis.isCrisis).toBe(false);
    expect(safe.emotion.emotion).toBe('joy');
  });

  it('1048 and 0987: everyday requests, no crisis', () => {
    for (const id of ['1048', '0987']) {
      expect(analyze(id).crisis, id).toEqual({ isCrisis: false, cues: [] });
      expect(analyze(id, 2).crisis.isCrisis, id).toBe(false);
    }
  });

  it('1042, 1043, 1044, 1045, 1049: no crisis either', () => {
    for (const id of ['1042', '1043', '1044', '1045', '1049']) {
      expect(analyze(id).crisis.isCrisis, id).toBe(false);
    }
  });

  it('reads the feeling where there are no crisis words', () => {
    expect(analyze('1043').emotion.emotion).toBe('sadness'); // the blacklisted boyfriend apologises
    expect(analyze('1045').emotion.emotion).not.toBe('neutral'); // the complaint in verse
    expect(analyze('1049').emotion.emotion).not.toBe('neutral'); // data not working in Kamchatka
  });

  it('every cue points into the last customer message', () => {
    for (const c of demo) {
      for (let followUps = 0; followUps <= (c.pending?.length ?? 0); followUps++) {
        const a = analyze(c.id, followUps);
        for (const cue of a.emotion.cues) {
          expect(a.lastCustomerText.slice(cue.start, cue.end), `${c.id}+${followUps}`).toBe(cue.text);
        }
      }
    }
  });
});
