/** Setting names that hold credentials; such values never leave the browser in a backup. */
const SECRET_NAME = /api[-_]?key|secret|token|passw(or)?d|credential|private[-_]?key|authorization/i;

export function isSecretKey(name: string): boolean {
  return SECRET_NAME.test(name);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy of `value` without any property named like a secret, at any depth. */
export function stripSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripSecrets);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (!isSecretKey(k)) out[k] = stripSecrets(v);
  return out;
}

/**
 * Imported settings laid over the local ones: imported values win, objects merge key by key,
 * and local secrets stay (a backup never carries them, so it must not erase them either).
 */
export function mergeSettings(
  local: Record<string, unknown>,
  imported: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...local };
  for (const [k, v] of Object.entries(imported)) {
    if (isSecretKey(k)) continue;
    const mine = local[k];
    out[k] = isPlainObject(mine) && isPlainObject(v) ? mergeSettings(mine, v) : stripSecrets(v);
  }
  return out;
}
