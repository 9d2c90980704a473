import type { ParsedMessage } from './parseMessages';
import { sameName } from './sameName';
import type { RoleRule } from './siteProfile';
import type { Role } from './types';

function fromSide(side: ParsedMessage['side'], align: RoleRule['align']): Role | null {
  if (!side || !align) return null;
  const customerSide = align === 'customer-left' ? 'left' : 'right';
  return side === customerSide ? 'customer' : 'operator';
}

/**
 * The role of each parsed message (null: not a message), in on-screen order: explicit markers,
 * then the sender's name against the subscriber's, then the side, then the fallback. `previous`
 * lets a grouped message without a sender line continue the role of the message before it.
 */
export function resolveRoles(
  parsed: readonly ParsedMessage[],
  rule: RoleRule,
  customerName: string | undefined,
): (Role | null)[] {
  let last: Role | null = null;
  return parsed.map((message) => {
    if (message.skipped) return null;
    let role: Role | null = message.marked;
    if (!role && message.sender && customerName) {
      role = sameName(message.sender, customerName) ? 'customer' : 'operator';
    }
    role ??= fromSide(message.side, rule.align);
    if (!role) {
      if (rule.fallback === 'previous') role = last;
      else if (rule.fallback !== 'skip') role = rule.fallback;
    }
    if (role) last = role;
    return role;
  });
}
