const GENERATED_PREFIX =
  /^(css|sc|jsx|svelte|emotion|styled|makestyles|tw|mui|chakra|mantine)-[a-z0-9_-]{3,}$/i;
const SHORT_HASH = /^_?[a-z]{0,3}[0-9][a-z0-9_-]{3,}$/i;
const MODULE_SUFFIX = /__[a-z0-9_-]{4,}$/i;
const STATE =
  /^(active|selected|current|hover|hovered|focus|focused|open|opened|closed|expanded|collapsed|unread|read|new|highlighted|hidden|visible|show|shown|disabled|loading|pending|sent|delivered|first|last|even|odd|ng-.*|v-.*|is-.*|has-.*)$/i;

/**
 * A class name a build tool generated (`sc-a1B2c`, `css-1q2w3e`, `Xk3p9a`, `Button_root__x7Yz`):
 * it changes with the next deploy, so a taught profile must not rely on it.
 */
export function isHashedToken(token: string): boolean {
  if (GENERATED_PREFIX.test(token) || MODULE_SUFFIX.test(token)) return true;
  if (SHORT_HASH.test(token) && token.length <= 12) return true;
  const digits = (token.match(/\d/g) ?? []).length;
  const mixedCase = /[a-z]/.test(token) && /[A-Z]/.test(token);
  return token.length >= 5 && token.length <= 12 && digits >= 1 && mixedCase;
}

/** A class that says what an element is (not generated, not a passing state like `active`). */
export function isStableClass(token: string): boolean {
  return token.length > 1 && !isHashedToken(token) && !STATE.test(token) && /^[a-z_-][\w-]*$/i.test(token);
}

/** An attribute value that names a kind of element rather than one element (`message`, not `msg-81723`). */
export function isStableValue(value: string): boolean {
  return (
    value.length > 0 &&
    value.length <= 40 &&
    !/\d{3}/.test(value) &&
    !/[0-9a-f]{8}-/i.test(value) &&
    !isHashedToken(value)
  );
}
