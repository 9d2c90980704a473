/**
 * JSON with object keys sorted (by UTF-16 code units) and no whitespace, so that the same
 * document always has the same bytes, whoever wrote or re-indented it. Signatures are made over
 * this form.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const out = JSON.stringify(value);
    if (out === undefined) throw new TypeError(`cannot write ${typeof value} as JSON`);
    return out;
  }
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The signed content of a pack: the pack as written, minus its `signature`, in canonical JSON. */
export function canonicalPack(raw: Readonly<Record<string, unknown>>): string {
  const { signature: _signature, ...rest } = raw;
  return canonicalJson(rest);
}
