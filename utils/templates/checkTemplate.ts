import { checkVerseTemplate } from './checkVerseTemplate';
import type { TemplateField } from './fieldSchema';
import { parseTemplate } from './parseTemplate';
import { isKnownVariable } from './variables';

export type TemplateIssueCode =
  | 'malformed_placeholder'
  | 'unclosed_placeholder'
  | 'unknown_variable'
  | 'undeclared_field'
  | 'unused_field'
  | 'duplicate_field'
  | 'markup'
  | 'verse_not_rhymed'
  | 'verse_variable_in_rhyme';

export interface TemplateIssue {
  code: TemplateIssueCode;
  severity: 'error' | 'warning';
  /** The variable, field id or source text concerned. */
  subject: string;
  /** Where in the body (characters), when it is about the body. */
  offset?: number;
}

export interface CheckableTemplate {
  title?: string;
  /** `verse` templates also have their rhyme scheme checked. */
  kind?: string;
  body: string;
  fields?: readonly Pick<TemplateField, 'id'>[];
}

// HTML elements and script URLs. "<3" or "a < b" are text; "<b>", "<img src=x onerror=…>" are not.
const MARKUP =
  /<\/?\s*(script|style|iframe|frame|object|embed|img|svg|math|video|audio|source|link|meta|base|form|input|button|textarea|select|a|div|span|p|br|hr|b|i|u|s|em|strong|table|tr|td|th|ul|ol|li|h[1-6]|html|body|head|template)\b[^>]*>|javascript:|\bon[a-z]+\s*=\s*["']/i;

/** The first HTML-looking fragment of a text, if any. */
export function findMarkup(text: string): string | null {
  const m = MARKUP.exec(text);
  return m ? m[0].slice(0, 60) : null;
}

/**
 * What is wrong with a template before it is saved: placeholders that are not variables,
 * variables nobody fills (`{{custmer.name}}`), fields used but not declared or declared but
 * unused, and HTML: replies are plain text, and a CRM that renders its composer as HTML must never
 * receive markup from a pack. `constants` are the names its pack lends as `pack.<name>`.
 */
export function checkTemplate(
  template: CheckableTemplate,
  constants: Iterable<string> = [],
): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  const markup = findMarkup(`${template.title ?? ''}\n${template.body}`);
  if (markup) issues.push({ code: 'markup', severity: 'error', subject: markup });
  const { parts, issues: syntax } = parseTemplate(template.body);
  for (const s of syntax) issues.push({ code: s.code, severity: 'error', subject: s.text, offset: s.start });

  const declared = new Set<string>();
  for (const field of template.fields ?? []) {
    if (declared.has(field.id))
      issues.push({ code: 'duplicate_field', severity: 'error', subject: field.id });
    declared.add(field.id);
  }
  const packConstants = new Set(constants);
  const used = new Set<string>();
  const reported = new Set<string>();
  for (const part of parts) {
    if (part.type !== 'var') continue;
    const { name } = part;
    if (name.startsWith('field.')) {
      const id = name.slice(6);
      used.add(id);
      if (declared.has(id) || reported.has(name)) continue;
      reported.add(name);
      issues.push({ code: 'undeclared_field', severity: 'error', subject: id, offset: part.start });
      continue;
    }
    if (isKnownVariable(name) || (name.startsWith('pack.') && packConstants.has(name.slice(5)))) continue;
    if (reported.has(name)) continue;
    reported.add(name);
    issues.push({ code: 'unknown_variable', severity: 'error', subject: name, offset: part.start });
  }
  for (const id of declared) {
    if (!used.has(id)) issues.push({ code: 'unused_field', severity: 'warning', subject: id });
  }
  if (template.kind === 'verse') issues.push(...checkVerseTemplate(template.body, parts));
  return issues;
}
