/**
 * Variables a template body may use, besides `field.<id>` (its fill-in fields) and
 * `pack.<key>` (its pack's constants). The panel fills them from the open conversation and
 * the operator's settings.
 */
export const KNOWN_VARIABLES = [
  'customer.name',
  'customer.firstName',
  'customer.lastName',
  'customer.patronymic',
  'customer.nameAndPatronymic',
  'customer.phone',
  'customer.email',
  'customer.crmId',
  'operator.name',
  'operator.firstName',
  'company.name',
  'date.today',
  'date.tomorrow',
  'time.now',
] as const;

export type KnownVariable = (typeof KNOWN_VARIABLES)[number];

const known = new Set<string>(KNOWN_VARIABLES);

export function isKnownVariable(name: string): name is KnownVariable {
  return known.has(name);
}

/** Values by variable name (`customer.firstName` → `Сергей`); a missing value uses the fallback. */
export type VariableValues = Readonly<Record<string, string | undefined>>;
