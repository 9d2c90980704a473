import { parseArgs } from 'node:util';
import { infoCommand } from './commands/info';
import { keygenCommand } from './commands/keygen';
import { signCommand } from './commands/sign';
import { statsCommand } from './commands/stats';
import { validateCommand } from './commands/validate';
import { verifyCommand } from './commands/verify';
import { type CliIo, type ExitCode, UsageError } from './io';
import { packJsonSchemaText } from './packJsonSchema';

export const HELP = `sufler-pack — tools for team leads who curate Sufler template packs

  sufler-pack validate <pack.json> [--lang ru|en] [--json]   check a pack; errors with JSON paths and lines
  sufler-pack keygen [--out <name>]                          new signing key: <name>.key (secret) + <name>.pub
  sufler-pack sign <pack.json> --key <name.key> [--out <f>]  sign a valid pack (in place unless --out)
  sufler-pack verify <pack.json> --key <name.pub|base64>…    check the signature against trusted keys
  sufler-pack info <pack.json> [--against <old.json>] [--json]  counts, languages, what changed
  sufler-pack stats <usage.json|csv>… [--pack <pack.json>] [--json]  sum up operators' usage exports
  sufler-pack schema                                          print the pack JSON Schema

Exit codes: 0 ok, 1 the pack or file is not acceptable, 2 wrong usage.`;

const OPTIONS = {
  lang: { type: 'string' },
  json: { type: 'boolean', default: false },
  out: { type: 'string' },
  key: { type: 'string', multiple: true },
  against: { type: 'string' },
  pack: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function one(positionals: string[], what: string): string {
  const [value, extra] = positionals;
  if (!value || extra !== undefined) throw new UsageError(`expected exactly one ${what}`);
  return value;
}

/** Runs one `sufler-pack` command; returns the exit code. Errors are printed, not thrown. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
    const [command, ...rest] = positionals;
    if (!command || values.help || command === 'help') {
      io.out(HELP);
      return command || values.help ? 0 : 2;
    }
    const lang = values.lang === 'ru' ? 'ru' : 'en';
    if (values.lang && values.lang !== 'ru' && values.lang !== 'en')
      throw new UsageError('--lang is ru or en');
    switch (command) {
      case 'validate':
        return validateCommand(io, one(rest, 'pack file'), { lang, json: values.json });
      case 'keygen':
        return await keygenCommand(io, { out: values.out });
      case 'sign': {
        const key = values.key?.[0];
        if (!key) throw new UsageError('sign needs --key <name.key>');
        return await signCommand(io, one(rest, 'pack file'), { key, out: values.out });
      }
      case 'verify':
        if (!values.key?.length) throw new UsageError('verify needs at least one --key');
        return await verifyCommand(io, one(rest, 'pack file'), { keys: values.key });
      case 'info':
        return infoCommand(io, one(rest, 'pack file'), { against: values.against, json: values.json });
      case 'stats':
        if (rest.length === 0) throw new UsageError('stats needs at least one usage export');
        return statsCommand(io, rest, { pack: values.pack, json: values.json });
      case 'schema':
        io.out(packJsonSchemaText().trimEnd());
        return 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const usage =
      error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    io.err(`sufler-pack: ${message}`);
    if (usage) io.err('run `sufler-pack help` for usage');
    return usage ? 2 : 1;
  }
}
