import { describe, expect, it } from 'vitest';
import { splitByNewlines, splitJoinedLines } from '../../../utils/verse/splitVerseLines';

const texts = (lines: { text: string }[]) => lines.map((l) => l.text);

describe('splitByNewlines', () => {
  it('handles CRLF, CR and Unicode line separators, and numbers stanzas by blank lines', () => {
    const lines = splitByNewlines('Раз\r\nДва\rТри\u2028\r\n\r\nЧетыре');
    expect(texts(lines)).toEqual(['Раз', 'Два', 'Три', 'Четыре']);
    expect(lines.map((l) => l.stanza)).toEqual([0, 0, 0, 1]);
  });

  it('treats emoji-only lines as stanza breaks and collapses spaces', () => {
    const lines = splitByNewlines('Первая  строка\n🌲🌲🌲\nВторая\tстрока');
    expect(lines).toEqual([
      { text: 'Первая строка', stanza: 0 },
      { text: 'Вторая строка', stanza: 1 },
    ]);
  });
});

describe('splitJoinedLines', () => {
  it('recovers lines joined with a space before a capital letter', () => {
    const joined =
      'Третий день пропала связь, Я звоню вам, не таясь: Где мой быстрый интернет? Почему ответа нет?';
    expect(texts(splitJoinedLines(splitByNewlines(joined)))).toEqual([
      'Третий день пропала связь,',
      'Я звоню вам, не таясь:',
      'Где мой быстрый интернет?',
      'Почему ответа нет?',
    ]);
  });

  it('splits at " / " separators', () => {
    expect(texts(splitJoinedLines(splitByNewlines('Раз, два, три / Четыре, пять // Вышел зайчик')))).toEqual([
      'Раз, два, три',
      'Четыре, пять',
      'Вышел зайчик',
    ]);
  });

  it('keeps names after prepositions, acronyms and English "I" inside the line', () => {
    const line = 'Я звоню вам в «Сигнал» и пишу на МТС, Но молчат';
    expect(texts(splitJoinedLines(splitByNewlines(line)))).toEqual([
      'Я звоню вам в «Сигнал» и пишу на МТС,',
      'Но молчат',
    ]);
    expect(texts(splitJoinedLines(splitByNewlines('Today I called you twice')))).toEqual([
      'Today I called you twice',
    ]);
  });

  it('splits after sentence punctuation with no space', () => {
    expect(texts(splitJoinedLines(splitByNewlines('Связи в лесу нет.Помогите скорее')))).toEqual([
      'Связи в лесу нет.',
      'Помогите скорее',
    ]);
  });
});
