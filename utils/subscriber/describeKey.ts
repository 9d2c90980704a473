export type KeyKind = 'phone' | 'email' | 'crm';

export interface DescribedKey {
  kind: KeyKind;
  /** The phone, e-mail or CRM id itself. */
  value: string;
  /** For CRM ids: the CRM's origin. */
  origin?: string;
}

/** What a subscriber key (`tel:…`, `mailto:…`, `crm:<origin>:<id>`) is made of, for display. */
export function describeKey(key: string): DescribedKey {
  if (key.startsWith('tel:')) return { kind: 'phone', value: key.slice(4) };
  if (key.startsWith('mailto:')) return { kind: 'email', value: key.slice(7) };
  // The origin has ':' of its own (scheme, port), and the id may too: split after the origin.
  const match = /^crm:([a-z][a-z0-9+.-]*:\/\/[^/:]+(?::\d+)?):(.*)$/i.exec(key);
  if (!match) return { kind: 'crm', value: key.replace(/^crm:/, '') };
  return { kind: 'crm', value: match[2]!, origin: match[1]! };
}
