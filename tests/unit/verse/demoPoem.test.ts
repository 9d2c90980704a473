import { beforeAll, describe, expect, it } from 'vitest';
import { detectVerse, loadRussianLexicon } from '@/utils/verse';
import { forestPoem } from '../../../demo/data/forestPoem.js';

beforeAll(async () => {
  await loadRussianLexicon();
});

describe("the demo CRM's forest-coverage complaint", () => {
  it('is verse: AABB, anapest, twelve syllables a line', () => {
    const v = detectVerse(forestPoem);
    expect(v.isVerse).toBe(true);
    expect(v.scheme).toBe('AABB');
    expect(v.meter).toBe('anapest');
    expect(v.lines.length).toBeGreaterThanOrEqual(12);
    for (const line of v.lines) expect(line.syllables, line.text).toBe(12);
  });
});
