import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packJsonSchema, packJsonSchemaText } from '../../../cli/packJsonSchema';

describe('schemas/pack.schema.json', () => {
  it('is the committed output of the zod schema (run: npx tsx cli/generatePackSchema.ts)', () => {
    const committed = readFileSync(resolve(__dirname, '../../../schemas/pack.schema.json'), 'utf8');
    expect(committed).toBe(packJsonSchemaText());
  });

  it('describes the pack for editors: required keys, no unknown keys, template kinds', () => {
    const schema = packJsonSchema() as {
      required: string[];
      additionalProperties: boolean;
      properties: { templates: { items: { properties: { kind: { enum: string[] } } } } };
    };
    expect(schema.required).toEqual(
      expect.arrayContaining(['format', 'id', 'name', 'version', 'author', 'templates']),
    );
    expect(schema.required).not.toContain('playbooks');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.templates.items.properties.kind.enum).toEqual([
      'reply',
      'verse',
      'sms',
      'playbook',
    ]);
  });
});
