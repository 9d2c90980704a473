import { formatDay } from './buildVariableValues';
import type { TemplateField } from './fieldSchema';
import type { Lang } from './ids';
import { parseTemplate } from './parseTemplate';
import type { VariableValues } from './variables';

export interface RenderInput {
  body: string;
  lang: Lang;
  fields?: readonly TemplateField[];
}

export interface RenderResult {
  /** Plain text for the reply box (never HTML: the CRM decides how to show it). */
  text: string;
  /** Variables with neither a value nor a fallback; they were left empty. */
  missing: string[];
}

function fieldText(
  field: TemplateField | undefined,
  raw: string | undefined,
  lang: Lang,
): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  if (field?.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    return formatDay(new Date(y, m - 1, d, 12), lang);
  }
  return value;
}

/**
 * Fills a body: variables from `values`, `{{field.<id>}}` from what the operator typed in the
 * fill-in form. A value that is unknown falls back to the placeholder's fallback, else to nothing
 * (and is reported in `missing`, so the form can ask for it before inserting).
 */
export function renderTemplate(
  template: RenderInput,
  values: VariableValues,
  fieldValues: Readonly<Record<string, string>> = {},
): RenderResult {
  const fields = new Map((template.fields ?? []).map((f) => [f.id, f]));
  const missing = new Set<string>();
  let text = '';
  for (const part of parseTemplate(template.body).parts) {
    if (part.type === 'text') {
      text += part.text;
      continue;
    }
    const value = part.name.startsWith('field.')
      ? fieldText(fields.get(part.name.slice(6)), fieldValues[part.name.slice(6)], template.lang)
      : values[part.name]?.trim() || undefined;
    if (value !== undefined) text += value;
    else if (part.fallback !== undefined) text += part.fallback;
    else missing.add(part.name);
  }
  return { text: text.replace(/\r\n?/g, '\n'), missing: [...missing] };
}
