/** Lower case, "ё" as "е", single spaces: "Пётр  Иванов" and "петр иванов" share a placeholder. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}
