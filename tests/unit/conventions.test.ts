import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Conventions a reviewer should never have to point out: UI text goes through i18n (ru + en),
 * and the page-facing content script stays free of heavy or origin-bound libraries.
 */

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, ext);
    return ext.test(name) ? [path] : [];
  });
}

const JSX_TEXT = /(?<![=-])>\s*([^<>{}`]*[A-Za-zА-Яа-яЁё]{2,}[^<>{}`]*?)\s*</g;
const TEXT_PROPS = /\b(?:placeholder|title|aria-label|alt|label)="([^"\n]*[A-Za-zА-Яа-яЁё]{2,}[^"\n]*)"/g;
/** Code a regex can mistake for JSX text: identifiers (`c.end`), ternaries, calls. */
const CODE_LIKE = /^[\w$.]+$|[=&|;()?:]/;
/** Attribute values that are not language: URLs and lower-case identifiers used as examples. */
const NOT_LANGUAGE = /^(?:https?:\/\/\S+|[a-z_.]+)$/;

describe('conventions', () => {
  it('has no hard-coded UI text in components and pages', () => {
    const offenders: string[] = [];
    for (const file of [...files('components', /\.tsx$/), ...files('entrypoints', /\.tsx$/)]) {
      const source = readFileSync(file, 'utf8')
        // Comments and generic type arguments are not UI text.
        .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
        .replace(/\/\/.*$/gm, '');
      for (const m of source.matchAll(JSX_TEXT)) {
        const text = m[1]!.trim();
        if (CODE_LIKE.test(text)) continue;
        offenders.push(`${file}: "${text}"`);
      }
      for (const m of source.matchAll(TEXT_PROPS)) {
        if (!NOT_LANGUAGE.test(m[1]!)) offenders.push(`${file}: ${m[0]}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('keeps zod, Dexie, React and the OpenAI SDK out of the content script', () => {
    const imports = files('entrypoints/crm.content', /\.tsx?$/)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    expect(imports).not.toMatch(/from ['"](zod|dexie|react|openai)['"]/);
  });
});
