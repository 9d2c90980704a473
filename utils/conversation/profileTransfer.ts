import { z } from 'zod';
import { normalizeOrigin } from './crmOrigin';
import { type SiteProfile, siteProfileSchema } from './siteProfile';

/** The file format of exported site profiles (also what a team lead ships to operators). */
export const profileExportSchema = z.object({
  kind: z.literal('sufler-site-profiles'),
  version: z.literal(1),
  profiles: z
    .array(
      z.object({
        origin: z
          .string()
          .refine((o) => normalizeOrigin(o) === o, 'expected an origin such as https://crm.example.ru'),
        profile: siteProfileSchema,
      }),
    )
    .max(500),
});

export type ProfileExport = z.infer<typeof profileExportSchema>;
export type ImportResult =
  | { ok: true; profiles: { origin: string; profile: SiteProfile }[] }
  | { ok: false; error: string };

export function exportProfiles(profiles: readonly { origin: string; profile: SiteProfile }[]): string {
  const doc: ProfileExport = {
    kind: 'sufler-site-profiles',
    version: 1,
    profiles: profiles.map(({ origin, profile }) => ({ origin, profile })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** `profiles[0].profile.role.fallback` from a zod issue path. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => {
    if (typeof key === 'number') return `${name}[${key}]`;
    return name ? `${name}.${String(key)}` : String(key);
  }, '');
}

/**
 * Reads an exported file. Everything is checked before anything is saved: a malformed file is
 * refused whole, with the first problem named by its field, so existing profiles stay as they are.
 */
export function parseProfileImport(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = profileExportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: issue ? `${fieldName(issue.path) || '(file)'}: ${issue.message}` : 'invalid file',
    };
  }
  return { ok: true, profiles: parsed.data.profiles };
}
