import { describe, expect, it } from 'vitest';
import { scanJson } from '@/utils/templates/scanJson';
import { validatePack, validatePackObject } from '@/utils/templates/validatePack';
import { fixture, fixtureJson } from '../packs/helpers';

describe('validatePack', () => {
  it('accepts the team pack and applies defaults', () => {
    const result = validatePack(fixture('team-v1.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.templates).toHaveLength(3);
    expect(result.pack.templates[1]?.fields).toEqual([]);
    expect(result.pack.playbooks).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('gives JSON paths and line numbers for schema errors', () => {
    const text = fixture('team-v1.json').replace('"type": "number"', '"type": "money"');
    const result = validatePack(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [issue] = result.issues;
    expect(issue?.path).toBe('$.templates[0].fields[0].type');
    const line = text.split('\n').findIndex((l) => l.includes('"money"')) + 1;
    expect(issue?.line).toBe(line);
  });

  it('points at the parent when a required key is missing, and at a misspelt key itself', () => {
    const pack = fixtureJson('team-v1.json');
    const { author: _author, ...noAuthor } = pack;
    const missing = validatePack(JSON.stringify(noAuthor, null, 2));
    expect(missing.ok || missing.issues[0]).toMatchObject({ path: '$.author', line: 1 });
    const typo = JSON.stringify({ ...pack, descripton: 'x' }, null, 2);
    const misspelt = validatePack(typo);
    expect(misspelt.ok || misspelt.issues[0]).toMatchObject({
      path: '$.descripton',
      line: typo.split('\n').findIndex((l) => l.includes('descripton')) + 1,
    });
  });

  it('checks cross-references: ids, variables, playbooks, changelog order', () => {
    const pack = fixtureJson('team-v1.json');
    const templates = pack.templates as Record<string, unknown>[];
    const result = validatePackObject(
      {
        ...pack,
        version: '1.1.0',
        changelog: [
          { version: '1.1.0', changes: ['a'] },
          { version: '1.1.0', changes: ['b'] },
        ],
        templates: [...templates, { ...templates[2], body: 'Привет, {{customer.frstName}}' }],
        playbooks: [
          { id: 'p', lang: 'ru', title: 'П', steps: [{ kind: 'do', text: '112' }], templates: ['missing'] },
        ],
      },
      { lang: 'ru' },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => `${i.code} ${i.path}`)).toEqual([
      'duplicate_id $.templates[3].id',
      'unknown_variable $.templates[3].body',
      'unknown_template_ref $.playbooks[0].templates[0]',
      'changelog_order $.changelog[1].version',
      'duplicate_shortcut $.templates[3].shortcut',
    ]);
    expect(result.issues[1]?.message).toBe('Неизвестная переменная {{customer.frstName}}.');
  });

  it('warns about unknown intents without refusing the pack', () => {
    const pack = fixtureJson('team-v1.json');
    const templates = (pack.templates as Record<string, unknown>[]).map((t, i) =>
      i === 1 ? { ...t, intents: ['no_such_intent'] } : t,
    );
    const result = validatePackObject({ ...pack, templates });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings.map((w) => w.code)).toEqual(['unknown_intent']);
  });

  it('says which format it reads when a pack is newer', () => {
    const result = validatePackObject({ ...fixtureJson('team-v1.json'), format: 3 }, { lang: 'en' });
    expect(result.ok || result.issues[0]?.message).toMatch(/format 3.*reads format 1/);
  });
});

describe('scanJson', () => {
  it('finds syntax errors with line and column', () => {
    expect(scanJson('{\n  "a": 1,\n  "b": tru\n}').error).toMatchObject({
      code: 'syntax',
      line: 3,
      column: 8,
    });
    expect(scanJson('{"a": "x\ty"}').error?.code).toBe('syntax');
    expect(scanJson('[1, 2] 3').error?.detail).toMatch(/after the end/);
    expect(scanJson('').error?.code).toBe('syntax');
  });

  it('refuses deep nesting without recursion and repeated keys', () => {
    expect(scanJson('['.repeat(200_000), { maxDepth: 32 }).error?.code).toBe('too_deep');
    expect(scanJson('{"a": {"b": 1, "b": 2}}').error).toMatchObject({
      code: 'duplicate_key',
      path: '$.a.b',
      detail: 'b',
    });
  });

  it('accepts what JSON.parse accepts', () => {
    const text = JSON.stringify({ a: [1, -2.5e3, true, false, null, 'é\u00e9\\"\n'], 'b c': {}, d: [] });
    expect(scanJson(text).error).toBeUndefined();
  });

  it('locates values by path', () => {
    const { positions } = scanJson('{\n "t": [\n  {"x": 1},\n  {"x": 2}\n ]\n}', {
      locate: new Set(['$.t[1].x']),
    });
    expect(positions.get('$.t[1].x')).toEqual({ line: 4, column: 9 });
  });
});
