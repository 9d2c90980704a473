import { generatePackKeys } from '../../utils/templates/index';
import type { CliIo, ExitCode } from '../io';
import type { KeyFile } from '../keyFile';

/**
 * `keygen [--out <name>]`: a new Ed25519 key pair. With `--out`, writes `<name>.key` (private,
 * mode 600) and `<name>.pub`; prints the public key to paste into settings or managed policy.
 */
export async function keygenCommand(io: CliIo, options: { out?: string }): Promise<ExitCode> {
  const keys = await generatePackKeys();
  const pub: KeyFile = { algorithm: 'ed25519', keyId: keys.keyId, publicKey: keys.publicKey };
  const priv: KeyFile = { ...pub, privateKey: keys.privateKey };
  if (!options.out) {
    io.out(JSON.stringify(priv, null, 2));
    return 0;
  }
  io.writeText(`${options.out}.key`, `${JSON.stringify(priv, null, 2)}\n`, { private: true });
  io.writeText(`${options.out}.pub`, `${JSON.stringify(pub, null, 2)}\n`);
  io.out(`wrote ${options.out}.key (keep it secret) and ${options.out}.pub`);
  io.out(`key id:     ${keys.keyId}`);
  io.out(`public key: ${keys.publicKey}`);
  return 0;
}
