import type { SuflerDb } from '../db/db';
import type { PackSource } from '../db/types';
import { compareVersions } from '../templates/compareVersions';
import type { Lang } from '../templates/ids';
import type { PackIssue } from '../templates/packIssue';
import type { TrustedKey } from '../templates/packKeys';
import type { ChangelogEntry } from '../templates/packParts';
import { type SignatureCheck, verifyPack } from '../templates/signPack';
import { validatePack, validatePackObject } from '../templates/validatePack';
import { installPack } from './installPack';
import { PackInstallError, type PackInstallFailure } from './packInstallError';

export interface AcceptOptions {
  source: PackSource;
  /** URL and policy packs may require a valid signature by a trusted key. */
  requireSignature: boolean;
  trustedKeys: readonly TrustedKey[];
  lang?: Lang;
  url?: string;
  now?: number;
}

export type AcceptRejection =
  | { code: 'invalid'; issues: PackIssue[] }
  | { code: 'unsigned' }
  | { code: 'untrusted_key'; keyId?: string }
  | { code: 'bad_signature'; keyId?: string }
  | { code: PackInstallFailure; installedVersion?: string };

export type AcceptResult =
  | {
      ok: true;
      status: 'installed' | 'updated' | 'unchanged';
      packId: string;
      name: string;
      version: string;
      from?: string;
      signature: SignatureCheck;
      warnings: PackIssue[];
      /** What changed since the installed version (all of the changelog for a new pack). */
      changes: ChangelogEntry[];
    }
  | { ok: false; reason: AcceptRejection };

/**
 * The one way a pack gets in, whatever its source: validated completely, its signature checked,
 * then installed in one transaction. A rejected pack changes nothing that is stored. A signature
 * that does not match a trusted key's is always a rejection (the pack was altered after
 * signing); an unsigned or unknown-key pack is rejected only where a signature is required.
 */
export async function acceptPack(
  db: SuflerDb,
  input: string | Record<string, unknown>,
  options: AcceptOptions,
): Promise<AcceptResult> {
  const lang = options.lang ?? 'en';
  const validation =
    typeof input === 'string' ? validatePack(input, { lang }) : validatePackObject(input, { lang });
  if (!validation.ok) return { ok: false, reason: { code: 'invalid', issues: validation.issues } };
  const { pack, raw, warnings } = validation;

  const signature = await verifyPack(raw, options.trustedKeys);
  if (signature.state === 'invalid')
    return { ok: false, reason: { code: 'bad_signature', keyId: signature.keyId } };
  if (options.requireSignature && signature.state === 'none')
    return { ok: false, reason: { code: 'unsigned' } };
  if (options.requireSignature && signature.state === 'untrusted')
    return { ok: false, reason: { code: 'untrusted_key', keyId: signature.keyId } };

  try {
    const outcome = await installPack(db, pack, raw, {
      source: options.source,
      signature,
      url: options.url,
      now: options.now ?? Date.now(),
    });
    const from = outcome.from;
    const changes =
      outcome.status === 'unchanged'
        ? []
        : pack.changelog.filter((entry) => from === undefined || compareVersions(entry.version, from) > 0);
    return {
      ok: true,
      status: outcome.status,
      packId: pack.id,
      name: pack.name,
      version: pack.version,
      ...(from ? { from } : {}),
      signature,
      warnings,
      changes,
    };
  } catch (error) {
    if (error instanceof PackInstallError) {
      const reason: AcceptRejection = error.installedVersion
        ? { code: error.failure, installedVersion: error.installedVersion }
        : { code: error.failure };
      return { ok: false, reason };
    }
    throw error;
  }
}
