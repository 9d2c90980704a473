import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packJsonSchemaText } from './packJsonSchema';

/** `npx tsx cli/generatePackSchema.ts` rewrites `schemas/pack.schema.json` from the zod schema. */
const target = fileURLToPath(new URL('../schemas/pack.schema.json', import.meta.url));
writeFileSync(target, packJsonSchemaText());
console.log(`wrote ${target}`);
