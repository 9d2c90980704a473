function tokens(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 1);
}

/**
 * Whether two displayed names are the same person: «Кузнецов Сергей Викторович» and «Сергей
 * Кузнецов» are; word order and patronymics differ between a CRM card and a chat header.
 */
export function sameName(a: string, b: string): boolean {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 || tb.length === 0) return false;
  const [small, large] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  const pool = new Set(large);
  return small.every((t) => pool.has(t));
}
