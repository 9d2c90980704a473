/** A piece of a template body: literal text or a `{{name|fallback}}` placeholder. */
export type TemplatePart =
  | { type: 'text'; text: string }
  | { type: 'var'; name: string; fallback?: string; start: number; end: number };

export interface SyntaxIssue {
  code: 'malformed_placeholder' | 'unclosed_placeholder';
  /** The offending source text. */
  text: string;
  start: number;
}

export interface ParsedTemplate {
  parts: TemplatePart[];
  issues: SyntaxIssue[];
}

const NAME = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/;

/**
 * Splits a body into text and placeholders. `{{customer.firstName|друг}}` is the variable
 * `customer.firstName` with the fallback `друг` (used when the value is unknown). Anything
 * between braces that is not a name is reported, so a typo is caught when the template is
 * saved rather than sent to a customer as `{{ … }}`.
 */
export function parseTemplate(body: string): ParsedTemplate {
  const parts: TemplatePart[] = [];
  const issues: SyntaxIssue[] = [];
  let text = '';
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf('{{', i);
    if (open < 0) {
      text += body.slice(i);
      break;
    }
    text += body.slice(i, open);
    const close = body.indexOf('}}', open + 2);
    const nextOpen = body.indexOf('{{', open + 2);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      issues.push({ code: 'unclosed_placeholder', text: body.slice(open, open + 40), start: open });
      text += '{{';
      i = open + 2;
      continue;
    }
    const inner = body.slice(open + 2, close);
    const bar = inner.indexOf('|');
    const name = (bar < 0 ? inner : inner.slice(0, bar)).trim();
    if (!NAME.test(name)) {
      issues.push({ code: 'malformed_placeholder', text: body.slice(open, close + 2), start: open });
      text += body.slice(open, close + 2);
      i = close + 2;
      continue;
    }
    if (text) parts.push({ type: 'text', text });
    text = '';
    const part: TemplatePart = { type: 'var', name, start: open, end: close + 2 };
    if (bar >= 0) part.fallback = inner.slice(bar + 1).trim();
    parts.push(part);
    i = close + 2;
  }
  if (text) parts.push({ type: 'text', text });
  return { parts, issues };
}

/** The distinct placeholder names of a body, in order of first use. */
export function placeholderNames(body: string): string[] {
  const names = new Set<string>();
  for (const part of parseTemplate(body).parts) if (part.type === 'var') names.add(part.name);
  return [...names];
}
