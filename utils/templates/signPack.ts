import { fromBase64, toBase64 } from './base64';
import { canonicalPack } from './canonicalJson';
import { importPrivateKey, importPublicKey, keyFingerprint, publicKeyOf, type TrustedKey } from './packKeys';
import type { PackSignature } from './packParts';

const encoder = new TextEncoder();

/** The pack as written with a fresh `signature` (any previous one is replaced). */
export async function signPack<T extends Record<string, unknown>>(
  raw: T,
  privateKey: string,
): Promise<T & { signature: PackSignature }> {
  const key = await importPrivateKey(privateKey);
  const bytes = await crypto.subtle.sign({ name: 'Ed25519' }, key, encoder.encode(canonicalPack(raw)));
  const signature: PackSignature = {
    algorithm: 'ed25519',
    keyId: await keyFingerprint(await publicKeyOf(privateKey)),
    value: toBase64(bytes),
  };
  return { ...raw, signature };
}

export type SignatureState = 'none' | 'valid' | 'invalid' | 'untrusted';

export interface SignatureCheck {
  state: SignatureState;
  keyId?: string;
  /** The trusted key that verified it. */
  keyName?: string;
}

/**
 * Checks a pack's signature against the trusted keys: `none` (unsigned), `untrusted` (signed
 * with a key we do not trust, so it cannot be checked), `invalid` (a trusted key's signature
 * that does not match: the pack was changed after signing) or `valid`.
 */
export async function verifyPack(
  raw: Readonly<Record<string, unknown>>,
  trusted: readonly TrustedKey[],
): Promise<SignatureCheck> {
  const signature = raw.signature as Partial<PackSignature> | undefined;
  if (!signature || typeof signature !== 'object') return { state: 'none' };
  const keyId = typeof signature.keyId === 'string' ? signature.keyId : undefined;
  const value = typeof signature.value === 'string' ? fromBase64(signature.value) : null;
  for (const candidate of trusted) {
    const id = await keyFingerprint(candidate.publicKey).catch(() => null);
    if (!id || id !== keyId) continue;
    if (value?.length !== 64 || signature.algorithm !== 'ed25519')
      return { state: 'invalid', keyId, keyName: candidate.name };
    const key = await importPublicKey(candidate.publicKey);
    const ok = await crypto.subtle.verify(
      { name: 'Ed25519' },
      key,
      value,
      encoder.encode(canonicalPack(raw)),
    );
    return { state: ok ? 'valid' : 'invalid', keyId, keyName: candidate.name };
  }
  return keyId ? { state: 'untrusted', keyId } : { state: 'invalid' };
}
