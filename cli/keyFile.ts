import { isPublicKey, publicKeyOf } from '../utils/templates/index';
import type { CliIo } from './io';

/** What `keygen` writes: `<name>.key` (private, keep safe) and `<name>.pub`. */
export interface KeyFile {
  algorithm: 'ed25519';
  keyId: string;
  publicKey: string;
  privateKey?: string;
}

function parse(text: string, path: string): KeyFile {
  try {
    const value = JSON.parse(text) as Partial<KeyFile>;
    if (typeof value.publicKey === 'string' || typeof value.privateKey === 'string') return value as KeyFile;
  } catch {
    // Not JSON: maybe a bare key.
  }
  throw new Error(`${path} is not a sufler-pack key file`);
}

/** A private key from a `.key` file. */
export async function readPrivateKey(io: CliIo, path: string): Promise<string> {
  const file = parse(io.readText(path), path);
  if (!file.privateKey) throw new Error(`${path} holds no private key (use the .key file from keygen)`);
  await publicKeyOf(file.privateKey);
  return file.privateKey;
}

/** A public key given as base64 or as a `.pub`/`.key` file. */
export async function readPublicKey(io: CliIo, keyOrPath: string): Promise<string> {
  if (isPublicKey(keyOrPath)) return keyOrPath;
  const file = parse(io.readText(keyOrPath), keyOrPath);
  if (file.publicKey && isPublicKey(file.publicKey)) return file.publicKey;
  if (file.privateKey) return publicKeyOf(file.privateKey);
  throw new Error(`${keyOrPath} holds no usable public key`);
}
