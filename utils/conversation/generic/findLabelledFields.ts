import { isShown } from '../findComposer';
import type { SubscriberIds } from '../types';

type Field = keyof SubscriberIds;

const LABELS: Record<Field, RegExp> = {
  phone:
    /^((моб(\.|ильный)?|сотовый|контактный|основной)\s*)?(телефон|тел\.?|номер телефона)(\s*(абонента|клиента|для связи))?$|^(моб\.?|мобильный|сотовый|phone|phone number|mobile|mobile phone|tel\.?|msisdn)$/i,
  email: /^(e-?mail|эл\.? ?почта|электронная почта|почта|email address|e-mail адрес)$/i,
  name: /^(имя|фио|ф\.\s?и\.\s?о\.?|клиент|абонент|контакт|имя клиента|name|full name|customer|contact|client)(\s*(абонента|клиента|контакта))?$/i,
  crmId:
    /^(id|id клиента|id абонента|№ клиента|номер клиента|лицевой сч[её]т|л\/с|номер договора|договор|account|account id|account number|customer id|client id)$/i,
};
const VALID: Record<Field, (v: string) => boolean> = {
  phone: (v) =>
    (v.match(/\d/g) ?? []).length >= 7 && (v.match(/\d/g) ?? []).length <= 15 && !/[a-zа-я]{3}/i.test(v),
  email: (v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
  name: (v) => v.length >= 2 && v.length <= 80 && !/\d{3}/.test(v) && !/@/.test(v),
  crmId: (v) => v.length >= 1 && v.length <= 40,
};
const LABEL_TAGS = 'dt, th, td, label, b, strong, span, div, p, small, h4, h5, h6, li, [title]';

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function labelName(text: string): string {
  return text.replace(/[:：]\s*$/, '').trim();
}

function valueAfter(label: Element, doc: Document): string {
  if (label.tagName === 'LABEL') {
    const target = label.getAttribute('for');
    const input = target ? doc.getElementById(target) : label.querySelector('input, textarea');
    if (input && 'value' in input) return clean((input as HTMLInputElement).value);
  }
  const next = label.nextElementSibling;
  if (next) {
    if ('value' in next && (next.tagName === 'INPUT' || next.tagName === 'TEXTAREA')) {
      return clean((next as HTMLInputElement).value);
    }
    return clean(next.textContent);
  }
  // `<div><b>Телефон:</b> +7 916 …</div>`: the value is the rest of the parent's text.
  const parent = label.parentElement;
  if (!parent) return '';
  return clean(parent.textContent)
    .slice(clean(label.textContent).length)
    .replace(/^[\s:：—–-]+/, '');
}

/** Attribute words that say what a field holds (`data-qa="client-phone"`, `class="customer-name"`, `itemprop="telephone"`). */
const ATTR_WORDS: Record<Field, RegExp> = {
  phone: /(^|[-_\s.])(phone|tel|telephone|mobile|msisdn|телефон)($|[-_\s.])/i,
  email: /(^|[-_\s.])(e-?mail)($|[-_\s.])/i,
  name: /(^|[-_\s.])(full-?name|fio|(client|customer|contact|subscriber|person|display|user)[-_]?name)($|[-_\s.])/i,
  crmId: /(^|[-_\s.])((client|customer|contact|subscriber|account)[-_]?(id|number)|account)($|[-_\s.])/i,
};
const PAGE_CHROME = 'nav, header, footer, [role="navigation"], [role="banner"], [role="contentinfo"]';

function attributeWords(el: Element): string {
  return [
    'class',
    'id',
    'name',
    'itemprop',
    'data-type',
    'data-field',
    'data-qa',
    'data-testid',
    'data-test',
    'data-name',
  ]
    .map((name) => el.getAttribute(name) ?? '')
    .join(' ');
}

/** Fields marked by their attributes rather than a caption, and `tel:`/`mailto:` links. */
function findMarkedFields(doc: Document, exclude: Element | null, found: SubscriberIds): void {
  for (const el of Array.from(doc.body?.querySelectorAll('*') ?? [])) {
    if (el.childElementCount > 1 || exclude?.contains(el) || el.closest(PAGE_CHROME)) continue;
    const words = attributeWords(el);
    for (const field of Object.keys(ATTR_WORDS) as Field[]) {
      if (found[field] || !ATTR_WORDS[field].test(words)) continue;
      const value = el.tagName === 'INPUT' ? clean((el as HTMLInputElement).value) : clean(el.textContent);
      if (value && VALID[field](value) && isShown(el)) found[field] = value.slice(0, 200);
    }
    const href = el.tagName === 'A' ? (el.getAttribute('href') ?? '') : '';
    if (!found.phone && href.startsWith('tel:') && VALID.phone(href.slice(4))) found.phone = href.slice(4);
    if (!found.email && href.startsWith('mailto:')) {
      const email = href.slice(7).split('?')[0] ?? '';
      if (VALID.email(email)) found.email = email;
    }
  }
}

/**
 * Subscriber fields the page labels as such («Телефон», «E-mail», «ФИО», «Лицевой счёт»…), outside
 * the conversation. A number inside a message is never taken for the subscriber's.
 */
export function findLabelledFields(docs: readonly Document[], exclude: Element | null): SubscriberIds {
  const found: SubscriberIds = {};
  for (const doc of docs) {
    for (const el of Array.from(doc.body?.querySelectorAll(LABEL_TAGS) ?? [])) {
      if (exclude?.contains(el)) continue;
      const text = clean(el.textContent);
      if (text.length === 0 || text.length > 90) continue;
      // A caption in its title attribute: `<h3 title="Имя">Сергей Ковалёв</h3>`.
      const title = el.getAttribute('title');
      if (title && !found.name && LABELS.name.test(labelName(title)) && VALID.name(text) && isShown(el)) {
        found.name = text;
        continue;
      }
      for (const field of Object.keys(LABELS) as Field[]) {
        if (found[field]) continue;
        let value = '';
        if (LABELS[field].test(labelName(text))) {
          value = valueAfter(el, doc);
        } else if (el.childElementCount === 0) {
          // «Телефон: +7 916 123-45-67» in one text run.
          const match = /^([^:：]{2,40})[:：]\s*(.+)$/.exec(text);
          if (match && LABELS[field].test(labelName(match[1] as string))) value = clean(match[2]);
        }
        // Other open tabs (hidden) show other people's fields.
        if (value && VALID[field](value) && isShown(el)) found[field] = value.slice(0, 200);
      }
    }
  }
  for (const doc of docs) findMarkedFields(doc, exclude, found);
  return found;
}
