import { describe, expect, it } from 'vitest';
import { createCaretMemory } from '@/utils/conversation/caretMemory';
import { insertIntoComposer } from '@/utils/conversation/insertIntoComposer';
import { readConversation } from '@/utils/conversation/readConversation';
import { fixtures } from '../../fixtures/crm/expected';
import { loadFixture } from './loadFixture';

function caretAfter(el: HTMLElement, text: string): void {
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node.nodeValue ?? '').indexOf(text);
    if (at >= 0) {
      const range = el.ownerDocument.createRange();
      range.setStart(node, at + text.length);
      range.collapse(true);
      el.ownerDocument.getSelection()!.removeAllRanges();
      el.ownerDocument.getSelection()!.addRange(range);
      return;
    }
  }
  throw new Error(`no "${text}" in the composer`);
}

describe('writing into the composers of real CRMs', () => {
  it.each(fixtures)(
    '$file: the composer found is the reply box, and insertion fires input',
    async (expected) => {
      const doc = await loadFixture(expected.file);
      const composer = readConversation(doc)!.composer as HTMLElement;
      expect(composer.id).toBe(expected.composerId);
      const events: string[] = [];
      composer.addEventListener('input', () => events.push('input'));
      composer.closest('form')?.addEventListener('submit', () => events.push('submit'));
      expect(insertIntoComposer(composer, 'Сейчас проверю.')).toEqual({ ok: true });
      const text = 'value' in composer ? (composer as HTMLTextAreaElement).value : composer.textContent;
      expect(text).toContain('Сейчас проверю.');
      expect(text).toContain(expected.composerText);
      expect(events).toEqual(['input']);
    },
  );

  it('inserts at the caret the operator left in a contenteditable, even after the selection moved away', async () => {
    const doc = await loadFixture('zammad.html');
    const reply = doc.getElementById('zammad-reply')!;
    reply.innerHTML = '<div>Сергей, перевод придёт сегодня.</div>';
    const memory = createCaretMemory();
    caretAfter(reply, 'Сергей,');
    memory.remember(reply);
    // The operator clicks a message to copy a word: the selection leaves the reply box.
    caretAfter(doc.querySelector('#article-88125 .richtext-content') as HTMLElement, 'Спасибо.');
    insertIntoComposer(reply, ' не волнуйтесь,', memory);
    expect(reply.textContent).toBe('Сергей, не волнуйтесь, перевод придёт сегодня.');
  });

  it('refuses a hidden composer (a closed reply block) with a reason', async () => {
    const doc = await loadFixture('freescout.html');
    const hidden = doc.getElementById('body')!;
    expect(insertIntoComposer(hidden, 'x')).toEqual({ ok: false, reason: 'not_editable' });
  });

  it('writes into an editor that lives in its own iframe (TinyMCE, CKEditor 4)', async () => {
    document.body.innerHTML = '<iframe id="mce" srcdoc="<body><p>Добрый день!</p></body>"></iframe>';
    const frame = document.getElementById('mce') as HTMLIFrameElement;
    await new Promise((r) => setTimeout(r, 50));
    const body = frame.contentDocument!.body;
    frame.contentDocument!.designMode = 'on';
    let seen = false;
    body.addEventListener('input', () => {
      seen = true;
    });
    expect(insertIntoComposer(body, ' Чем помочь?')).toEqual({ ok: true });
    expect(body.textContent).toBe('Добрый день! Чем помочь?');
    expect(seen).toBe(true);
  });
});
