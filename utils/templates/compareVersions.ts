function split(version: string): { core: number[]; pre: string[] } {
  const [main = '', ...rest] = version.split('+')[0]!.split('-');
  return { core: main.split('.').map(Number), pre: rest.length ? rest.join('-').split('.') : [] };
}

/**
 * Semantic-version order: negative if `a` is older than `b`, 0 if equal, positive if newer.
 * A pre-release is older than its release (1.0.0-rc.1 < 1.0.0); build metadata is ignored.
 */
export function compareVersions(a: string, b: string): number {
  const x = split(a);
  const y = split(b);
  for (let i = 0; i < 3; i++) {
    const d = (x.core[i] ?? 0) - (y.core[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  if (!x.pre.length || !y.pre.length) return Math.sign(y.pre.length - x.pre.length);
  for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
    const p = x.pre[i];
    const q = y.pre[i];
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    const pn = /^\d+$/.test(p);
    const qn = /^\d+$/.test(q);
    if (pn && qn && Number(p) !== Number(q)) return Math.sign(Number(p) - Number(q));
    if (pn !== qn) return pn ? -1 : 1;
    if (p !== q) return p < q ? -1 : 1;
  }
  return 0;
}
