import { fromBase64, toBase64 } from './base64';

/** A public key a pack signature may be checked against: base64 of the 32-byte Ed25519 key. */
export interface TrustedKey {
  name?: string;
  publicKey: string;
}

export interface PackKeyPair {
  /** Base64 of the raw 32-byte public key: what goes into settings or managed policy. */
  publicKey: string;
  /** Base64 of the PKCS #8 private key: stays with the team lead. */
  privateKey: string;
  keyId: string;
}

const ED25519 = { name: 'Ed25519' } as const;

function hex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Whether a string is a usable public key (base64 of 32 bytes). */
export function isPublicKey(text: string): boolean {
  return fromBase64(text)?.length === 32;
}

/** The key id written into signatures: the first 8 bytes of SHA-256 of the raw public key, in hex. */
export async function keyFingerprint(publicKey: string): Promise<string> {
  const raw = fromBase64(publicKey);
  if (raw?.length !== 32) throw new Error('not an Ed25519 public key (base64 of 32 bytes expected)');
  return hex(await crypto.subtle.digest('SHA-256', raw)).slice(0, 16);
}

/** A new signing key pair (WebCrypto Ed25519: Node 20 and Chrome have it, no dependency). */
export async function generatePackKeys(): Promise<PackKeyPair> {
  const pair = (await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const publicKey = toBase64(await crypto.subtle.exportKey('raw', pair.publicKey));
  const privateKey = toBase64(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  return { publicKey, privateKey, keyId: await keyFingerprint(publicKey) };
}

export async function importPublicKey(publicKey: string): Promise<CryptoKey> {
  const raw = fromBase64(publicKey);
  if (raw?.length !== 32) throw new Error('not an Ed25519 public key (base64 of 32 bytes expected)');
  return crypto.subtle.importKey('raw', raw, ED25519, false, ['verify']);
}

export async function importPrivateKey(privateKey: string): Promise<CryptoKey> {
  const der = fromBase64(privateKey);
  if (!der) throw new Error('not an Ed25519 private key (base64 PKCS #8 expected)');
  return crypto.subtle.importKey('pkcs8', der, ED25519, true, ['sign']);
}

/** The public half of a private key (JWK export carries it as `x`). */
export async function publicKeyOf(privateKey: string): Promise<string> {
  const key = await importPrivateKey(privateKey);
  const jwk = await crypto.subtle.exportKey('jwk', key);
  if (!jwk.x) throw new Error('the private key has no public part');
  const b64 = jwk.x.replace(/-/g, '+').replace(/_/g, '/');
  return b64 + '='.repeat((4 - (b64.length % 4)) % 4);
}
