import { messageSide, type Side } from '../messageSide';
import { sameName } from '../sameName';
import type { Role } from '../types';
import type { GenericMessage } from './readItems';
import { wordHint } from './roleHint';

export interface RoleGuess {
  /** Null for a line that is no one's message (a centred system line among side-aligned bubbles). */
  roles: (Role | null)[];
  /** True when a consistent signal decided (nearly) every message. */
  confident: boolean;
}

function sideMapping(messages: readonly GenericMessage[], decided: (Role | null)[], sides: (Side | null)[]) {
  let customerLeft = 0;
  let customerRight = 0;
  messages.forEach((_, i) => {
    const role = decided[i];
    const side = sides[i];
    if (!role || !side) return;
    if ((role === 'customer') === (side === 'left')) customerLeft++;
    else customerRight++;
  });
  // Without evidence, the near-universal convention: the operator's own messages are on the right.
  return customerRight > customerLeft ? 'right' : 'left';
}

/**
 * Who wrote each message of a page without a profile: class/attribute hints, then the sender's
 * name against the subscriber's, then the side of the chat, then continuity with the previous
 * message. Says when that was a guess.
 */
export function classifyRoles(
  messages: readonly GenericMessage[],
  container: Element,
  customerName: string | undefined,
): RoleGuess {
  const decided: (Role | null)[] = messages.map((m) => {
    if (m.hint === 'skip') return null;
    if (m.hint) return m.hint;
    if (!m.sender) return null;
    if (customerName && sameName(m.sender, customerName)) return 'customer';
    return wordHint(m.sender) ?? (customerName ? 'operator' : null);
  });
  const skipped = messages.filter((m) => m.hint === 'skip').length;
  const known = decided.filter(Boolean).length + skipped;
  const sides: (Side | null)[] =
    known === messages.length
      ? messages.map(() => null)
      : messages.map((m) => messageSide(m.item, m.body, container));
  const customerSide = sideMapping(messages, decided, sides);
  const sided = sides.filter(Boolean).length;
  let bySignal = 0;
  let last: Role | null = null;
  const roles = messages.map((_, i): Role | null => {
    if (messages[i]?.hint === 'skip') return null;
    let role = decided[i] ?? null;
    const side = sides[i];
    // Bubbles sit on a side; a centred line among them is the system talking.
    if (!role && !side && sided >= messages.length * 0.6) return null;
    if (!role && side) role = side === customerSide ? 'customer' : 'operator';
    if (role) bySignal++;
    // Grouped messages show no sender; the first message of a contact-centre chat is the customer's.
    role ??= last ?? 'customer';
    last = role;
    return role;
  });
  const counted = roles.filter(Boolean).length;
  const both = roles.includes('customer') && roles.includes('operator');
  const sideOnly = known === 0;
  const sidesSeen = new Set(sides.filter(Boolean)).size;
  const confident =
    bySignal >= counted * 0.9 && (both || known === messages.length) && !(sideOnly && sidesSeen < 2);
  return { roles, confident };
}
