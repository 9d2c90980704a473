const WEIGHTS = [7, 1, 3];

/**
 * Control key of a Russian bank account against the bank's BIK (Bank of Russia rule):
 * the last 3 BIK digits followed by the 20-digit account, weighted 7-1-3 repeating,
 * must sum to a multiple of 10.
 */
export function isAccountKeyValid(account: string, bik: string): boolean {
  if (account.length !== 20 || bik.length !== 9) return false;
  const s = bik.slice(6) + account;
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum += ((s.charCodeAt(i) - 48) * (WEIGHTS[i % 3] ?? 0)) % 10;
  return sum % 10 === 0;
}
