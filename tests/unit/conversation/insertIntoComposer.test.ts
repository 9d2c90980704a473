import { describe, expect, it } from 'vitest';
import { insertIntoComposer } from '@/utils/conversation/insertIntoComposer';

function setup(html: string) {
  document.body.innerHTML = html;
  const events: string[] = [];
  for (const type of ['input', 'change', 'submit', 'keydown']) {
    document.addEventListener(type, () => events.push(type), true);
  }
  return events;
}

describe('insertIntoComposer', () => {
  it('inserts at the caret of a textarea and fires input, never submit', () => {
    const events = setup(
      '<form><textarea id="r">Здравствуйте, ! Чем помочь?</textarea><button>Отправить</button></form>',
    );
    const el = document.getElementById('r') as HTMLTextAreaElement;
    el.setSelectionRange(14, 14);
    expect(insertIntoComposer(el, 'Иван')).toEqual({ ok: true });
    expect(el.value).toBe('Здравствуйте, Иван! Чем помочь?');
    expect(el.selectionStart).toBe(18);
    expect(events).toContain('input');
    expect(events).not.toContain('submit');
  });

  it('replaces the selected text', () => {
    setup('<textarea id="r">Ваш перевод придёт [срок].</textarea>');
    const el = document.getElementById('r') as HTMLTextAreaElement;
    el.setSelectionRange(19, 25);
    insertIntoComposer(el, 'сегодня до 18:00');
    expect(el.value).toBe('Ваш перевод придёт сегодня до 18:00.');
  });

  it('makes React-style value trackers see the change (prototype setter)', () => {
    setup('<textarea id="r"></textarea>');
    const el = document.getElementById('r') as HTMLTextAreaElement;
    let tracked = '';
    // React overrides `value` on the instance to track what it rendered; the prototype setter bypasses it.
    Object.defineProperty(el, 'value', {
      configurable: true,
      get: () => tracked,
      set: (v: string) => {
        tracked = `instance:${v}`;
      },
    });
    let seen = '';
    el.addEventListener('input', () => {
      seen =
        (Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.get?.call(el) as string) ??
        '';
    });
    insertIntoComposer(el, 'Спасибо, что дождались!');
    expect(seen).toBe('Спасибо, что дождались!');
  });

  it('appends into a contenteditable composer when the caret is elsewhere', () => {
    const events = setup('<div id="c" contenteditable="true"><p>Добрый день,</p></div><input id="other">');
    const el = document.getElementById('c') as HTMLElement;
    expect(insertIntoComposer(el, ' Мария')).toEqual({ ok: true });
    expect(el.textContent).toBe('Добрый день, Мария');
    expect(events).toContain('input');
  });

  it('refuses read-only fields and missing composers with a reason', () => {
    setup('<textarea id="r" readonly></textarea><div id="d"></div>');
    expect(insertIntoComposer(document.getElementById('r'), 'x')).toEqual({
      ok: false,
      reason: 'not_editable',
    });
    expect(insertIntoComposer(document.getElementById('d'), 'x')).toEqual({
      ok: false,
      reason: 'not_editable',
    });
    expect(insertIntoComposer(null, 'x')).toEqual({ ok: false, reason: 'no_composer' });
  });
});
