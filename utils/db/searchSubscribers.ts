import type { SuflerDb } from './db';
import type { Subscriber } from './types';

function fold(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е');
}

/**
 * Subscribers (not merged away) whose name, phone, e-mail or CRM id contains the query, most
 * recently seen first: the operator's picker when the panel matched the wrong person.
 */
export async function searchSubscribers(db: SuflerDb, query: string, limit = 10): Promise<Subscriber[]> {
  const q = fold(query.trim());
  if (!q)
    return db.subscribers
      .orderBy('lastSeen')
      .reverse()
      .filter((s) => !s.mergedInto)
      .limit(limit)
      .toArray();
  const words = q.split(/\s+/);
  const digits = q.replace(/\D/g, '');
  return db.subscribers
    .orderBy('lastSeen')
    .reverse()
    .filter((s) => {
      if (s.mergedInto) return false;
      // Every word, in any order: «сергей кузнецов» finds «Кузнецов Сергей Викторович».
      const name = s.name ? fold(s.name) : '';
      if (name && words.every((w) => name.includes(w))) return true;
      if (digits.length >= 3 && s.phones.some((p) => p.replace(/\D/g, '').includes(digits))) return true;
      return [...s.emails, ...s.crmIds].some((v) => fold(v).includes(q));
    })
    .limit(limit)
    .toArray();
}
