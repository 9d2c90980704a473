// Shared helpers of the demo data: compact message rows, the operator, the demo's days.

export const operatorName = 'Анна Смирнова';

export const HANDED_OVER = 'Диалог передан оператору Анне Смирновой';

export const TODAY = '2025-11-25';
export const WEEK_AGO = '2025-11-18';

/**
 * Builds messages from compact rows: [who, 'HH:MM', text], who = c(ustomer) | o(perator) | s(ystem).
 * @param {string} id conversation id
 * @param {string} day YYYY-MM-DD (Moscow time)
 * @param {string} customer the customer's display name
 * @param {Array<[string, string, string]>} rows
 */
export function thread(id, day, customer, rows) {
  const roles = { c: 'customer', o: 'operator', s: 'system' };
  return rows.map(([who, hhmm, text], i) => {
    const role = roles[/** @type {'c' | 'o' | 's'} */ (who)];
    const base = { id: `${id}-${i + 1}`, role, text, time: `${day}T${hhmm}:00+03:00` };
    return role === 'system' ? base : { ...base, author: role === 'customer' ? customer : operatorName };
  });
}

/** Scripted customer messages that "arrive" with the «Получить следующее сообщение» button. */
export function pending(id, day, rows) {
  return rows.map(([hhmm, text], i) => ({ id: `${id}-p${i + 1}`, text, time: `${day}T${hhmm}:00+03:00` }));
}
