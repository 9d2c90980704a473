import { describe, expect, it } from 'vitest';
import { collapseWhitespace, extractText } from '@/utils/conversation/extractText';

function el(html: string): Element {
  document.body.innerHTML = `<div id="x">${html}</div>`;
  return document.getElementById('x')!;
}

describe('extractText', () => {
  it('collapses whitespace in a single run', () => {
    expect(extractText(el('  Добрый\n   день,\t оператор  '))).toBe('Добрый день, оператор');
  });

  it('keeps line breaks from <br> and block children, and blank lines from empty blocks', () => {
    const text = extractText(
      el(
        '<div>Я в лесу заблудился,</div><div>и связи здесь нет</div><div><br></div><div>Второй куплет</div>',
      ),
    );
    expect(text).toBe('Я в лесу заблудился,\nи связи здесь нет\n\nВторой куплет');
    expect(extractText(el('первая<br>вторая<br><br>третья'))).toBe('первая\nвторая\n\nтретья');
  });

  it('skips scripts, buttons and aria-hidden decorations', () => {
    expect(
      extractText(
        el('Текст<script>alert(1)</script><button>Ответить</button><span aria-hidden="true">✓✓</span>'),
      ),
    ).toBe('Текст');
  });

  it('drops leading/trailing blank lines', () => {
    expect(collapseWhitespace('\n\n  а  \n\n\n б \n\n')).toBe('а\n\nб');
  });
});
