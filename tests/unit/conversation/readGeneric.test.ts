import { describe, expect, it } from 'vitest';
import { readGeneric } from '@/utils/conversation/generic/readGeneric';
import { readConversation } from '@/utils/conversation/readConversation';
import { fixtures } from '../../fixtures/crm/expected';
import { loadFixture } from './loadFixture';

const roleAndText = (file: string) =>
  fixtures.find((f) => f.file === file)!.messages.map(({ role, text }) => ({ role, text }));

describe('the generic reader (no profile)', () => {
  it.each(['zammad.html', 'freescout.html'])(
    'generalises to %s from its markup alone: messages, roles and order',
    async (file) => {
      const snapshot = readGeneric(await loadFixture(file));
      expect(snapshot?.messages.map(({ role, text }) => ({ role, text }))).toEqual(roleAndText(file));
    },
  );

  it('finds the labelled subscriber fields of the visible ticket, not of a hidden one', async () => {
    const snapshot = readGeneric(await loadFixture('zammad.html'));
    expect(snapshot?.subscriber).toMatchObject({ phone: '+7 (912) 408-15-62', name: 'Сергей Ковалёв' });
  });

  it('says it is unsure when nothing on the page tells the authors apart', async () => {
    const snapshot = readConversation(await loadFixture('teach-inhouse.html'));
    expect(snapshot?.source).toBe('generic');
    expect(snapshot?.confidence).toBe('low');
    expect(snapshot?.messages).toHaveLength(5);
  });

  it('is sure on a legacy table with author labels and on an iframe chat drawn left and right', async () => {
    for (const file of ['legacy-table.html', 'iframe-chat.html']) {
      expect(readConversation(await loadFixture(file))?.confidence, file).toBe('high');
    }
  });

  it('reads nothing on pages without a conversation', async () => {
    await loadFixture('../no-conversation.html');
    expect(readGeneric(document)).toBeNull();
    document.body.innerHTML =
      '<nav><ul><li><a href="/a">Тарифы</a></li><li><a href="/b">Баланс</a></li><li><a href="/c">Заявки</a></li></ul></nav>';
    expect(readGeneric(document)).toBeNull();
  });
});
