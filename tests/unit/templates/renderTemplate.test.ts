import { describe, expect, it } from 'vitest';
import { buildVariableValues } from '@/utils/templates/buildVariableValues';
import { checkTemplate } from '@/utils/templates/checkTemplate';
import { fieldDefault } from '@/utils/templates/fieldDefault';
import { fieldSchema, type TemplateField } from '@/utils/templates/fieldSchema';
import { parseTemplate, placeholderNames } from '@/utils/templates/parseTemplate';
import { renderTemplate } from '@/utils/templates/renderTemplate';

const NOW = new Date(2025, 10, 25, 13, 45);
const field = (f: Partial<TemplateField> & { id: string }): TemplateField =>
  fieldSchema.parse({ label: f.id, ...f });

describe('template syntax', () => {
  it('splits text and placeholders with fallbacks', () => {
    const { parts, issues } = parseTemplate(
      'Здравствуйте, {{ customer.firstName | друг }}! Сумма: {{field.amount}} ₽',
    );
    expect(issues).toEqual([]);
    expect(parts.map((p) => (p.type === 'text' ? p.text : `[${p.name}|${p.fallback ?? ''}]`))).toEqual([
      'Здравствуйте, ',
      '[customer.firstName|друг]',
      '! Сумма: ',
      '[field.amount|]',
      ' ₽',
    ]);
    expect(placeholderNames('{{a.b}} {{a.b}} {{c}}')).toEqual(['a.b', 'c']);
  });

  it('reports malformed and unclosed placeholders, keeping them as text', () => {
    const { parts, issues } = parseTemplate('Привет, {{ имя клиента }} и {{customer.name');
    expect(issues.map((i) => i.code)).toEqual(['malformed_placeholder', 'unclosed_placeholder']);
    expect(parts).toEqual([{ type: 'text', text: 'Привет, {{ имя клиента }} и {{customer.name' }]);
  });
});

describe('renderTemplate', () => {
  const values = buildVariableValues({
    subscriber: { name: 'Кузнецов Сергей Викторович', phone: '+79124081562' },
    operatorName: 'Анна Смирнова',
    constants: { companyName: 'Сигнал' },
    lang: 'ru',
    now: NOW,
  });

  it('fills variables from the conversation and settings', () => {
    const out = renderTemplate(
      {
        body: '{{customer.nameAndPatronymic}}, это {{operator.firstName}} из «{{pack.companyName}}». Ваш номер {{customer.phone}}, сегодня {{date.today}}.',
        lang: 'ru',
      },
      values,
    );
    expect(out.text).toBe(
      'Сергей Викторович, это Анна из «Сигнал». Ваш номер +7 912 408 15 62, сегодня 25 ноября.',
    );
    expect(out.missing).toEqual([]);
  });

  it('uses the fallback when a value is unknown, and reports variables with none', () => {
    const empty = buildVariableValues({ lang: 'ru', now: NOW });
    const out = renderTemplate(
      { body: '{{customer.firstName|Здравствуйте}}! Ваш ID: {{customer.crmId}}.', lang: 'ru' },
      empty,
    );
    expect(out.text).toBe('Здравствуйте! Ваш ID: .');
    expect(out.missing).toEqual(['customer.crmId']);
  });

  it('fills fill-in fields, writing dates in the template language', () => {
    const fields = [
      field({ id: 'amount', type: 'number' }),
      field({ id: 'when', type: 'date', default: 'tomorrow' }),
    ];
    const when = fieldDefault(fields[1]!, NOW);
    expect(when).toBe('2025-11-26');
    const ru = renderTemplate(
      { body: 'Перевод {{field.amount}} ₽ проверю {{field.when}}.', lang: 'ru', fields },
      values,
      {
        amount: ' 1500 ',
        when,
      },
    );
    expect(ru.text).toBe('Перевод 1500 ₽ проверю 26 ноября.');
    const en = renderTemplate({ body: 'I will check on {{field.when}}.', lang: 'en', fields }, {}, { when });
    expect(en.text).toBe('I will check on 26 November.');
  });

  it('produces plain text: markup in values is not interpreted', () => {
    const out = renderTemplate(
      { body: 'Здравствуйте, {{customer.name}}!', lang: 'ru' },
      { 'customer.name': '<b>Иван</b>' },
    );
    expect(out.text).toBe('Здравствуйте, <b>Иван</b>!');
  });
});

describe('checkTemplate', () => {
  it('reports unknown variables and undeclared fields at save time', () => {
    const issues = checkTemplate({
      body: '{{custmer.firstName}}, сумма {{field.summa}}, {{pack.hotline}}, {{customer.firstName}}',
      fields: [{ id: 'amount' }],
    });
    expect(issues.map((i) => [i.code, i.subject])).toEqual([
      ['unknown_variable', 'custmer.firstName'],
      ['undeclared_field', 'summa'],
      ['unknown_variable', 'pack.hotline'],
      ['unused_field', 'amount'],
    ]);
    expect(checkTemplate({ body: '{{pack.hotline}}' }, ['hotline'])).toEqual([]);
  });

  it('refuses HTML and script URLs but not text that merely has angle brackets', () => {
    expect(checkTemplate({ body: 'Ответ <script>alert(1)</script>' })[0]?.code).toBe('markup');
    expect(checkTemplate({ title: '<img src=x onerror=alert(1)>', body: 'Текст' })[0]?.code).toBe('markup');
    expect(checkTemplate({ body: 'Спасибо <3, тариф < 300 ₽ и > 100 ₽' })).toEqual([]);
  });
});
