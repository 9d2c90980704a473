import { z } from 'zod';
import { packSchema } from '../utils/templates/index';

/**
 * The JSON Schema editors use to check pack files as they are written (`"$schema"` in a pack),
 * generated from the zod schema so the two never disagree. Describes the input: keys with
 * defaults are optional. Cross-reference rules (unique ids, known variables) are only in
 * `sufler-pack validate`.
 */
export function packJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(packSchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    $id: 'https://sufler.example/schemas/pack.schema.json',
    title: 'Sufler template pack',
    description:
      'A versioned pack of templates, playbooks, a voice guide, "real authority" options and site profiles. Validate with `npx sufler-pack validate`.',
  };
}

/** The file's text as committed: two-space JSON with a final newline. */
export function packJsonSchemaText(): string {
  return `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
}
