import { z } from 'zod';
import { isPublicKey, type TrustedKey } from '../templates/packKeys';

const isHttpUrl = (u: string) => u.length <= 2000 && /^https?:\/\//i.test(u) && URL.canParse(u);

/** A list where bad entries are dropped rather than spoiling the whole policy. */
function lenientList(accept: (value: string) => boolean) {
  return z
    .array(z.unknown())
    .max(50)
    .catch([])
    .default([])
    .transform((list) =>
      list
        .filter((v): v is string => typeof v === 'string')
        .map((v) => v.trim())
        .filter(accept),
    );
}

/**
 * What an IT department sets for every seat through Chrome policy (`storage.managed`, described
 * to Chrome by `public/managed_schema.json`). Parsed leniently: a bad entry is dropped, the rest
 * applies.
 */
export const managedPolicySchema = z.object({
  packUrls: lenientList(isHttpUrl),
  trustedKeys: lenientList(isPublicKey),
  /** Policy packs must be signed by a trusted key (default: yes). */
  requireSignature: z.boolean().catch(true).default(true),
  /** How often subscriptions are checked. */
  checkIntervalMinutes: z.number().int().min(15).max(10_080).catch(360).default(360),
  /** Whether operators may import files and subscribe to URLs themselves. */
  allowOperatorPacks: z.boolean().catch(true).default(true),
  defaults: z
    .object({
      companyName: z.string().max(200).optional().catch(undefined),
      /** Leave the built-in packs out (a centre with its own packs). */
      disableBuiltinPacks: z.boolean().optional().catch(undefined),
    })
    .catch({})
    .default({}),
});

export type ManagedPolicy = z.infer<typeof managedPolicySchema>;

/** A missing or unreadable policy means: no policy (every default applies). */
export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  const parsed = managedPolicySchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : managedPolicySchema.parse({});
}

export function policyKeys(policy: ManagedPolicy): TrustedKey[] {
  return policy.trustedKeys.map((publicKey, i) => ({ name: `policy #${i + 1}`, publicKey }));
}
