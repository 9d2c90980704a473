import { describe, expect, it } from 'vitest';
import { redactPii } from '../../../utils/privacy/index';

const names = (text: string) =>
  redactPii(text)
    .entities.filter((e) => e.type === 'NAME')
    .map((e) => e.value);

describe('redactPii: names with diacritics and inner capitals', () => {
  it.each([
    ['Account holder Çağla Öztürk, number +7 916 204-18-33.', 'Çağla Öztürk'],
    ['My colleague Łukasz Kowalski keeps getting my SMS.', 'Łukasz Kowalski'],
    ['Hi, my name is Ömer Yılmaz and my SIM is blocked.', 'Ömer Yılmaz'],
    ["This is Grace O'Brien, I need a new SIM.", "Grace O'Brien"],
    ['Contact person: Ryan MacLeod, office 12.', 'Ryan MacLeod'],
    ['Меня зовут Leonardo DiCaprio, да, как актёра.', 'Leonardo DiCaprio'],
  ])('%j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it('does not read a brand with inner capitals as a name', () => {
    expect(names('I paid via PayPal and WhatsApp still shows no credit.')).toEqual([]);
  });
});

describe('redactPii: English cues', () => {
  it.each([
    ['Contact person: Siobhan Kelly, +7 (981) 220-14-07.', 'Siobhan Kelly'],
    ['Account holder: Gareth Morgan. Please send the invoice.', 'Gareth Morgan'],
    ["Hi, I'm Astrid Lindqvist, my number has no internet.", 'Astrid Lindqvist'],
    ['My daughter Milana is in Moscow, her SIM does not work.', 'Milana'],
    ['My son Timofey lost his phone yesterday.', 'Timofey'],
    ['My wife Ingrid Hansen wants the same plan.', 'Ingrid Hansen'],
    ['> Dear Mr Brennan, your refund has been approved.', 'Brennan'],
  ])('%j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it('needs the capital of a title: "MS Office" is software', () => {
    expect(names('MS Office on my laptop cannot open your PDF invoice.')).toEqual([]);
  });
});

describe('redactPii: a name closing the message', () => {
  it.each([
    ['The bill is wrong again. Thanks! Jack', 'Jack'],
    ['No signal at the dacha since Monday.\nEmily', 'Emily'],
    ['Roaming still does not work.\n— Niamh', 'Niamh'],
    ['Please unblock my number, I paid yesterday. Peter Novak', 'Peter Novak'],
    ['Интернет снова пропал, номер 8 912 400-17-29.\nНадежда', 'Надежда'],
    ['Пришлите акт сверки на почту. Вера.', 'Вера'],
  ])('%j', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it('does not sign a message with a device or a sign-off', () => {
    expect(names('The modem reboots every hour.\nSamsung Galaxy')).toEqual([]);
    expect(names('Please check my bill.\nKind regards')).toEqual([]);
    expect(names('Thanks! Will wait for your call.')).toEqual([]);
  });
});
