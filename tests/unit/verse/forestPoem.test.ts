import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectVerse } from '../../../utils/verse/detectVerse';
import { loadRussianLexicon } from '../../../utils/verse/loadRussianLexicon';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/verse', name), 'utf8');
const complaint = fixture('forest-complaint.ru.txt');
const reply = fixture('forest-reply.ru.txt');

beforeAll(async () => {
  await loadRussianLexicon();
});

describe('the demo complaint: no coverage in the forest, in rhymed anapest', () => {
  it('is verse: three AABB quatrains in anapest, twelve syllables a line', () => {
    const result = detectVerse(complaint);
    expect(result.isVerse).toBe(true);
    expect(result.scheme).toBe('AABB');
    expect(result.stanzas.map((s) => s.scheme)).toEqual(['AABB', 'AABB', 'AABB']);
    expect(result.meter).toBe('anapest');
    expect(result.lines).toHaveLength(12);
    expect(result.lines.map((l) => l.syllables)).toEqual(new Array(12).fill(12));
    expect(result.lines.map((l) => l.rhymeGroup).join('')).toBe('AABBCCDDEEFF');
  });

  it('stresses the anapest beats: 3, 6, 9, 12', () => {
    const [first] = detectVerse(complaint).lines;
    expect(first?.text).toBe('Я в лесу заблудился, и связи здесь нет,');
    expect(first?.stress).toEqual([2, 5, 8, 11]);
  });

  it('stays AABB when the CRM joins the lines into one paragraph', () => {
    const result = detectVerse(complaint.replace(/\n+/g, ' '));
    expect(result.isVerse).toBe(true);
    expect(result.lines).toHaveLength(12);
    expect(result.scheme).toBe('AABB');
    expect(result.meter).toBe('anapest');
  });

  it('has a reply in the same metre and scheme', () => {
    const result = detectVerse(reply);
    expect(result).toMatchObject({ isVerse: true, scheme: 'AABB', meter: 'anapest' });
    expect(result.lines.map((l) => l.syllables)).toEqual(new Array(8).fill(12));
    expect(reply).toMatch(/координаты/);
    expect(reply).toMatch(/номер/);
  });
});
