import { describe, expect, it } from 'vitest';
import { isAccountKeyValid, isInnValid, isLuhnValid, isSnilsValid } from '../../../utils/privacy/index';

describe('checksums', () => {
  it('Luhn accepts published test numbers and rejects a changed digit', () => {
    expect(isLuhnValid('4111111111111111')).toBe(true); // Visa test card
    expect(isLuhnValid('490154203237518')).toBe(true); // IMEI example from the GSMA format
    expect(isLuhnValid('89014103211118510720')).toBe(true); // ICCID example
    expect(isLuhnValid('4111111111111112')).toBe(false);
    expect(isLuhnValid('490154203237519')).toBe(false);
  });

  it('SNILS uses the mod-101 control number', () => {
    expect(isSnilsValid('11223344595')).toBe(true);
    expect(isSnilsValid('11223344596')).toBe(false);
    // Bodies up to 001-001-998 carry no checksum and are not treated as SNILS.
    expect(isSnilsValid('00100100000')).toBe(false);
    expect(isSnilsValid('1122334459')).toBe(false);
  });

  it('INN checks 10-digit (organisation) and 12-digit (person) control digits', () => {
    expect(isInnValid('7707083893')).toBe(true);
    expect(isInnValid('500100732259')).toBe(true);
    expect(isInnValid('7707083894')).toBe(false);
    expect(isInnValid('500100732258')).toBe(false);
    expect(isInnValid('77070838931')).toBe(false);
  });

  it('a bank account key is checked against the BIK, and any changed digit breaks it', () => {
    const account = '40817810899910004312';
    expect(isAccountKeyValid(account, '044525225')).toBe(true);
    for (let i = 0; i < account.length; i++) {
      const d = (Number(account[i]) + 1) % 10;
      expect(isAccountKeyValid(account.slice(0, i) + d + account.slice(i + 1), '044525225')).toBe(false);
    }
    expect(isAccountKeyValid(account, '044525974')).toBe(false);
  });
});
