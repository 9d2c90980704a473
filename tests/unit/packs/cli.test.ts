import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../cli/io';
import { runCli } from '../../../cli/runCli';
import { fixture } from './helpers';

/** A CLI with files in memory and its output captured. */
function cli(files: Record<string, string> = {}) {
  const disk = new Map(Object.entries(files));
  const out: string[] = [];
  const err: string[] = [];
  const modes = new Map<string, boolean>();
  const io: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readText: (p) => {
      const text = disk.get(p);
      if (text === undefined) throw new Error(`ENOENT: no such file, open '${p}'`);
      return text;
    },
    writeText: (p, text, options) => {
      disk.set(p, text);
      modes.set(p, options?.private === true);
    },
  };
  return { io, disk, out, err, modes, run: (...args: string[]) => runCli(args, io) };
}

const usage = (rows: string) =>
  `template_id,pack_id,pack_version,shown,inserted,inserted_edited,discarded\n${rows}`;

describe('sufler-pack', () => {
  it('validate: ok, or errors with file:line:column and JSON path, exit 1', async () => {
    const bad = fixture('team-v1.json').replace(
      '{{customer.firstName|Здравствуйте}}! Смена',
      '{{custmer.firstName}}! Смена',
    );
    const t = cli({ 'ok.json': fixture('team-v1.json'), 'bad.json': bad });
    expect(await t.run('validate', 'ok.json')).toBe(0);
    expect(t.out.at(-1)).toBe('ok.json: ok — signal-team-north 1.0.0, 3 templates');
    expect(await t.run('validate', 'bad.json')).toBe(1);
    const line = bad.split('\n').findIndex((l) => l.includes('custmer')) + 1;
    expect(t.out.at(-1)).toMatch(
      new RegExp(
        `^bad\\.json:${line}:\\d+: error unknown_variable at \\$\\.templates\\[2\\]\\.body: Unknown variable \\{\\{custmer\\.firstName\\}\\}\\.$`,
      ),
    );
    expect(await t.run('validate', 'bad.json', '--lang', 'ru', '--json')).toBe(1);
    expect(JSON.parse(t.out.at(-1)!).issues[0].message).toBe('Неизвестная переменная {{custmer.firstName}}.');
  });

  it('keygen, sign, verify: a signed pack verifies; a changed one does not', async () => {
    const t = cli({ 'pack.json': fixture('team-v1.json') });
    expect(await t.run('keygen', '--out', 'lead')).toBe(0);
    expect(t.modes.get('lead.key')).toBe(true);
    expect(t.modes.get('lead.pub')).toBe(false);
    const pub = JSON.parse(t.disk.get('lead.pub')!) as { publicKey: string; keyId: string };
    expect(t.out.join('\n')).toContain(pub.publicKey);

    expect(await t.run('sign', 'pack.json', '--key', 'lead.key', '--out', 'signed.json')).toBe(0);
    expect(JSON.parse(t.disk.get('signed.json')!).signature.keyId).toBe(pub.keyId);
    expect(await t.run('verify', 'signed.json', '--key', 'lead.pub')).toBe(0);
    expect(await t.run('verify', 'signed.json', '--key', pub.publicKey)).toBe(0);

    t.disk.set(
      'changed.json',
      t.disk.get('signed.json')!.replace('Смена «Север» на связи', 'Смена «Юг» на связи'),
    );
    expect(await t.run('verify', 'changed.json', '--key', 'lead.pub')).toBe(1);
    expect(t.err.at(-1)).toMatch(/INVALID/);
    expect(await t.run('verify', 'pack.json', '--key', 'lead.pub')).toBe(1);
    expect(t.err.at(-1)).toMatch(/not signed/);
  });

  it('sign refuses an invalid pack', async () => {
    const t = cli({ 'bad.json': '{"format": 1}', 'k.key': '' });
    await t.run('keygen', '--out', 'k');
    expect(await t.run('sign', 'bad.json', '--key', 'k.key')).toBe(1);
    expect(t.err.at(-1)).toMatch(/not signed/);
    expect(t.disk.get('bad.json')).toBe('{"format": 1}');
  });

  it('info: counts, languages and what changed against another version', async () => {
    const t = cli({ 'v1.json': fixture('team-v1.json'), 'v2.json': fixture('team-v2.json') });
    expect(await t.run('info', 'v2.json', '--against', 'v1.json')).toBe(0);
    const text = t.out.join('\n');
    expect(text).toContain('Сигнал — смена «Север» (signal-team-north) 1.1.0');
    expect(text).toContain('languages: ru · unsigned');
    expect(text).toContain('templates: 4, playbooks: 0');
    expect(text).toContain('templates added:   promised-payment-north');
    expect(text).toContain('templates changed: coverage-where');
    expect(await t.run('info', 'v1.json', '--against', 'v2.json')).toBe(0);
    expect(t.err.at(-1)).toMatch(/1\.0\.0 is not newer than 1\.1\.0/);
  });

  it('stats: sums exports from several operators', async () => {
    const t = cli({
      'anna.csv': usage('signal-team-north/greeting,signal-team-north,1.0.0,10,8,2,1\n'),
      'igor.json': JSON.stringify({
        format: 'sufler-usage',
        version: 1,
        exportedAt: '2025-11-25T00:00:00Z',
        rows: [
          {
            templateId: 'signal-team-north/greeting',
            packId: 'signal-team-north',
            shown: 10,
            inserted: 2,
            insertedEdited: 0,
            discarded: 3,
          },
        ],
      }),
      'pack.json': fixture('team-v1.json'),
    });
    expect(await t.run('stats', 'anna.csv', 'igor.json', '--pack', 'pack.json')).toBe(0);
    expect(t.out[0]).toBe('2 export(s), 1 template(s) used');
    expect(t.out[2]).toMatch(
      /^signal-team-north\/greeting \(Приветствие смены\)\s+2\s+20\s+10\s+2\s+4\s+50%\s+20%$/,
    );
    expect(t.out.at(-1)).toBe(
      'never inserted: signal-team-north/transfer-status, signal-team-north/coverage-where',
    );
    expect(await t.run('stats', 'pack.json')).toBe(1);
  });

  it('explains wrong usage with exit code 2', async () => {
    const t = cli();
    expect(await t.run()).toBe(2);
    expect(await t.run('frobnicate')).toBe(2);
    expect(t.err.at(-2)).toMatch(/unknown command "frobnicate"/);
    expect(await t.run('sign', 'x.json')).toBe(2);
    expect(await t.run('validate', 'missing.json')).toBe(1);
    expect(t.err.at(-1)).toMatch(/ENOENT/);
    expect(await t.run('help')).toBe(0);
    expect(await t.run('schema')).toBe(0);
    expect(JSON.parse(t.out.at(-1)!).title).toBe('Sufler template pack');
  });
});
