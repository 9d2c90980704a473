import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RifmaEntry } from '../../utils/verse/rifma';

/** RIFMA (MIT, see data/rifma/LICENSE) ships with the repository so the evaluation runs anywhere; RIFMA_PATH overrides. */
export const DEFAULT_RIFMA_PATH = fileURLToPath(
  new URL('../../data/rifma/rifma_dataset.json', import.meta.url),
);

/** Reads rifma_dataset.json (a JSON array of entries). */
export function readRifma(path = process.env.RIFMA_PATH ?? DEFAULT_RIFMA_PATH): RifmaEntry[] {
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${path}: expected a JSON array of RIFMA entries`);
  return data as RifmaEntry[];
}
