import { describe, expect, it } from 'vitest';
import { NotesIndex } from '@/utils/subscriber/NotesIndex';

const VORONIN = 'tel:+79161234567';
const KUZNETSOV = 'tel:+79124081562';

function note(id: string, subscriberKey: string, text: string, updatedAt: number) {
  return { id, subscriberKey, text, updatedAt };
}

function sample(): NotesIndex {
  const index = new NotesIndex();
  index.sync([
    note('a', VORONIN, 'Перевод жене и сыну на автовокзал Твери, до недели', 10),
    note('b', KUZNETSOV, 'Ищет армейского друга Петра из Самары.\nСлужили в Чите', 20),
    note('c', VORONIN, 'Проверить зачисление переводом в пятницу', 30),
    note('d', KUZNETSOV, 'Обещанный платёж подключён, баланс −120 ₽', 40),
  ]);
  return index;
}

describe('NotesIndex', () => {
  it('finds notes across subscribers by any word form, newest first', () => {
    const index = sample();
    expect(index.search('переводы').map((h) => h.id)).toEqual(['c', 'a']);
    expect(index.search('армейский друг')).toEqual([{ id: 'b', subscriberKey: KUZNETSOV, updatedAt: 20 }]);
    expect(index.search('ОБЕЩАННОГО ПЛАТЕЖА').map((h) => h.id)).toEqual(['d']);
  });

  it('requires every word and reads the last one as a prefix being typed', () => {
    const index = sample();
    expect(index.search('перевод самара')).toEqual([]);
    expect(index.search('самар').map((h) => h.id)).toEqual(['b']);
    expect(index.search('зачисл').map((h) => h.id)).toEqual(['c']);
    expect(index.search('')).toEqual([]);
  });

  it('lets forms the stemmer cuts differently still meet', () => {
    const index = new NotesIndex();
    index.sync([note('v', VORONIN, 'Ждёт на вокзале в Твери', 1), note('z', VORONIN, 'Перевод зачислен', 2)]);
    expect(index.search('вокзал').map((h) => h.id)).toEqual(['v']);
    expect(index.search('зачисление перевода').map((h) => h.id)).toEqual(['z']);
  });

  it('follows edits and deletions', () => {
    const index = sample();
    index.sync([
      note('a', VORONIN, 'Перевод зачислен, жена получила деньги', 50),
      note('b', KUZNETSOV, 'Ищет армейского друга Петра из Самары.\nСлужили в Чите', 20),
      note('d', KUZNETSOV, 'Обещанный платёж подключён, баланс −120 ₽', 40),
    ]);
    expect(index.size).toBe(3);
    expect(index.search('автовокзал')).toEqual([]);
    expect(index.search('перевод').map((h) => h.id)).toEqual(['a']);
    expect(index.search('зачисление').map((h) => h.id)).toEqual(['a']);
    index.remove('b');
    expect(index.search('друг')).toEqual([]);
  });

  it('keeps only the newest matches when there are more than asked for', () => {
    const index = new NotesIndex();
    for (let i = 0; i < 500; i++)
      index.upsert(note(`n${i}`, VORONIN, `Перезвонить по заявке ${i}`, (i * 7919) % 500));
    const hits = index.search('перезвонить', 5);
    expect(hits.map((h) => h.updatedAt)).toEqual([499, 498, 497, 496, 495]);
  });

  it('stays correct after many notes are replaced (compaction)', () => {
    const index = new NotesIndex();
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 8000; i++)
        index.upsert(note(`n${i}`, VORONIN, `Заявка ${i} раунд${round}`, round * 10_000 + i));
    }
    expect(index.size).toBe(8000);
    expect(index.search('раунд0')).toEqual([]);
    expect(index.search('раунд2 заявка', 3).map((h) => h.id)).toEqual(['n7999', 'n7998', 'n7997']);
  });
});
