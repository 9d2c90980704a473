import { describe, expect, it } from 'vitest';
import { describeKey } from '@/utils/subscriber/describeKey';
import { linkifyNote } from '@/utils/subscriber/linkifyNote';

describe('linkifyNote', () => {
  it('turns http(s) and www addresses into links and keeps line breaks in the text', () => {
    expect(
      linkifyNote('Инструкция: https://signal.example/help/perevod.\nСм. также www.signal.example'),
    ).toEqual([
      { kind: 'text', text: 'Инструкция: ' },
      {
        kind: 'link',
        text: 'https://signal.example/help/perevod',
        href: 'https://signal.example/help/perevod',
      },
      { kind: 'text', text: '.\nСм. также ' },
      { kind: 'link', text: 'www.signal.example', href: 'https://www.signal.example/' },
    ]);
  });

  it('never links other schemes', () => {
    for (const text of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'mailto:a@b.ru', 'ftp://x.ru/a']) {
      expect(linkifyNote(text)).toEqual([{ kind: 'text', text }]);
    }
  });

  it('leaves closing brackets of the sentence out of the address', () => {
    const segments = linkifyNote('(подробно: https://signal.example/roaming)');
    expect(segments[1]).toEqual({
      kind: 'link',
      text: 'https://signal.example/roaming',
      href: 'https://signal.example/roaming',
    });
    expect(segments[2]).toEqual({ kind: 'text', text: ')' });
  });
});

describe('describeKey', () => {
  it('splits keys into kind and value, CRM ids with their origin', () => {
    expect(describeKey('tel:+79161234567')).toEqual({ kind: 'phone', value: '+79161234567' });
    expect(describeKey('mailto:voronin@example.ru')).toEqual({ kind: 'email', value: 'voronin@example.ru' });
    expect(describeKey('crm:http://127.0.0.1:4173:CL-100:7')).toEqual({
      kind: 'crm',
      value: 'CL-100:7',
      origin: 'http://127.0.0.1:4173',
    });
  });
});
