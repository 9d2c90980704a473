import { signPack, validatePack } from '../../utils/templates/index';
import type { CliIo, ExitCode } from '../io';
import { readPrivateKey } from '../keyFile';
import { issueLine } from './validate';

/** `sign <pack.json> --key <name.key> [--out <signed.json>]`: only a valid pack is signed. */
export async function signCommand(
  io: CliIo,
  path: string,
  options: { key: string; out?: string },
): Promise<ExitCode> {
  const result = validatePack(io.readText(path));
  if (!result.ok) {
    for (const issue of result.issues) io.err(issueLine(path, issue));
    io.err(`${path}: not signed — fix the errors first`);
    return 1;
  }
  const signed = await signPack(result.raw, await readPrivateKey(io, options.key));
  const target = options.out ?? path;
  io.writeText(target, `${JSON.stringify(signed, null, 2)}\n`);
  io.out(`signed ${result.pack.id} ${result.pack.version} with key ${signed.signature.keyId} → ${target}`);
  return 0;
}
