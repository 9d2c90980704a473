import { describe, expect, it } from 'vitest';
import { detectMeter, meterCost, strongPositions } from '../../../utils/verse/detectMeter';

// Stress patterns per syllable: 2 stressed, 1 may be stressed, 0 unstressed.
const p = (s: string) => [...s].map(Number);

describe('detectMeter', () => {
  it('tells the five classical metres apart', () => {
    expect(detectMeter([p('02020202'), p('0202020'), p('02020202'), p('0202020')])).toBe('iamb');
    expect(detectMeter([p('2020202'), p('2020202'), p('20202020'), p('2020202')])).toBe('trochee');
    expect(detectMeter([p('200200200200'), p('2002002002'), p('200200200200')])).toBe('dactyl');
    expect(detectMeter([p('02002002002'), p('020020020'), p('02002002002')])).toBe('amphibrach');
    expect(detectMeter([p('002002002002'), p('002002002002'), p('00200200200')])).toBe('anapest');
  });

  it('allows skipped beats in binary metres and one-syllable words anywhere', () => {
    expect(meterCost(p('01020002'), 'iamb')).toBeLessThan(1);
    expect(meterCost(p('11021102'), 'iamb')).toBeLessThan(1);
  });

  it('finds no metre in prose rhythm or in lines without known stresses', () => {
    expect(detectMeter([p('2002020002'), p('0220002'), p('20000202002020'), p('022000200')])).toBeUndefined();
    expect(detectMeter([p('1111'), p('1111'), p('1111')])).toBeUndefined();
  });

  it('lists the strong positions of a metre', () => {
    expect(strongPositions('anapest', 12)).toEqual([2, 5, 8, 11]);
    expect(strongPositions('iamb', 8)).toEqual([1, 3, 5, 7]);
  });
});
