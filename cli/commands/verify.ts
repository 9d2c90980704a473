import { validatePack, verifyPack } from '../../utils/templates/index';
import type { CliIo, ExitCode } from '../io';
import { readPublicKey } from '../keyFile';

/** `verify <pack.json> --key <pub|base64> [--key …]`: exit 0 only for a valid signature by a given key. */
export async function verifyCommand(io: CliIo, path: string, options: { keys: string[] }): Promise<ExitCode> {
  const result = validatePack(io.readText(path));
  if (!result.ok) {
    io.err(`${path}: not a valid pack (run validate)`);
    return 1;
  }
  const trusted = await Promise.all(
    options.keys.map(async (k) => ({ publicKey: await readPublicKey(io, k) })),
  );
  const check = await verifyPack(result.raw, trusted);
  const messages = {
    valid: `signature valid (key ${check.keyId})`,
    invalid: `signature INVALID (key ${check.keyId ?? '?'}): the pack was changed after signing`,
    untrusted: `signed with key ${check.keyId}, which is not among the given keys`,
    none: 'the pack is not signed',
  };
  (check.state === 'valid' ? io.out : io.err)(`${path}: ${messages[check.state]}`);
  return check.state === 'valid' ? 0 : 1;
}
