import { describe, expect, it } from 'vitest';
import { DEFAULT_INTENT_RULES } from '@/utils/analysis/defaultIntentRules';
import { BUILTIN_PACKS } from '@/utils/packs/builtinPacks';
import { buildVariableValues } from '@/utils/templates/buildVariableValues';
import type { Pack } from '@/utils/templates/packSchema';
import { renderTemplate } from '@/utils/templates/renderTemplate';
import { validatePackObject } from '@/utils/templates/validatePack';

function load(): Pack[] {
  return BUILTIN_PACKS.map((doc) => {
    const result = validatePackObject(doc);
    if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
    expect(result.warnings).toEqual([]);
    return result.pack;
  });
}

describe('built-in packs', () => {
  const packs = load();

  it('ship in Russian and English with the same situations covered', () => {
    expect(packs.map((p) => p.languages)).toEqual([['ru'], ['en']]);
    const [ru, en] = packs as [Pack, Pack];
    expect(ru.templates.map((t) => t.id)).toEqual(en.templates.map((t) => t.id));
    expect(ru.playbooks.map((p) => p.id)).toEqual(en.playbooks.map((p) => p.id));
    expect(ru.authority.map((a) => a.id)).toEqual(en.authority.map((a) => a.id));
  });

  it.each([0, 1])('pack %i covers the personal-support stories', (i) => {
    const pack = packs[i]!;
    const intents = new Set(pack.templates.flatMap((t) => t.intents));
    for (const id of [
      'transfer_delayed',
      'lost_contact',
      'blacklist',
      'personal_sms',
      'coverage',
      'promised_payment',
    ])
      expect(intents, id).toContain(id);
    expect(new Set(pack.playbooks.flatMap((p) => p.crises))).toEqual(
      new Set(['lost', 'stranded', 'child_at_risk', 'self_harm', 'vulnerable']),
    );
    expect(pack.templates.filter((t) => t.kind === 'verse').length).toBeGreaterThanOrEqual(2);
    expect(pack.voiceGuide[0]?.principles.length).toBeGreaterThanOrEqual(4);
    expect(pack.authority.length).toBeGreaterThanOrEqual(4);
    // Intents the templates name exist in the analysis rules, so suggestions can find them.
    const known = new Set(DEFAULT_INTENT_RULES.map((r) => r.id));
    expect([...intents].filter((id) => !known.has(id))).toEqual([]);
  });

  it('render without a conversation, thanks to fallbacks and field defaults', () => {
    for (const pack of packs) {
      const values = buildVariableValues({
        lang: pack.languages[0]!,
        now: new Date(2025, 10, 25),
        constants: pack.constants,
      });
      for (const t of pack.templates) {
        const fields = Object.fromEntries(t.fields.map((f) => [f.id, f.default ?? 'X']));
        const out = renderTemplate(t, values, fields);
        expect(out.missing, `${pack.id}/${t.id}`).toEqual([]);
        expect(out.text).not.toMatch(/\{\{|\}\}/);
      }
    }
  });

  it('answer a verse in the same anapest: four stresses per line, couplets that rhyme', () => {
    const verse = packs[0]!.templates.find((t) => t.id === 'verse-coverage-forest')!;
    const lines = verse.body.split('\n').filter((l) => l && !l.includes('{{'));
    expect(lines).toHaveLength(8);
    const vowels = (l: string) => (l.toLowerCase().match(/[аеёиоуыэюя]/g) ?? []).length;
    for (const line of lines) expect(vowels(line), line).toBeGreaterThanOrEqual(12);
    // Rhymes are heard, not spelt: a final voiced consonant is devoiced (лес / исчез).
    const DEVOICE: Record<string, string> = { з: 'с', д: 'т', б: 'п', в: 'ф', г: 'к', ж: 'ш' };
    const ending = (l: string) =>
      l
        .toLowerCase()
        .replace(/[^а-яё]+$/, '')
        .slice(-2)
        .replace(/[здбвгж]$/, (c) => DEVOICE[c]!);
    for (let i = 0; i < lines.length; i += 2) expect(ending(lines[i]!)).toBe(ending(lines[i + 1]!));
  });
});
