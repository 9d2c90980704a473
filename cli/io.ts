import { readFileSync, writeFileSync } from 'node:fs';

/** What a command may touch: injected so the unit tests run commands without a terminal. */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  readText: (path: string) => string;
  writeText: (path: string, text: string, options?: { private?: boolean }) => void;
}

export const nodeIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readText: (path) => readFileSync(path, 'utf8'),
  // A private key must not be readable by other users of the machine.
  writeText: (path, text, options) =>
    writeFileSync(path, text, options?.private ? { mode: 0o600 } : undefined),
};

/** A command's exit code: 0 ok, 1 the pack/file is not acceptable, 2 wrong usage. */
export type ExitCode = 0 | 1 | 2;

export class UsageError extends Error {}
