import {
  compareVersions,
  describePack,
  diffPacks,
  type Pack,
  validatePack,
} from '../../utils/templates/index';
import type { CliIo, ExitCode } from '../io';

function load(io: CliIo, path: string): Pack | null {
  const result = validatePack(io.readText(path));
  if (result.ok) return result.pack;
  io.err(`${path}: not a valid pack (run validate)`);
  return null;
}

const list = (ids: string[]) => (ids.length ? ids.join(', ') : '—');

/** `info <pack.json> [--against <older.json>]`: counts, languages, and what changed. */
export function infoCommand(io: CliIo, path: string, options: { against?: string; json: boolean }): ExitCode {
  const pack = load(io, path);
  if (!pack) return 1;
  const older = options.against ? load(io, options.against) : undefined;
  if (older === null) return 1;
  const summary = describePack(pack);
  const diff = older ? diffPacks(older, pack) : undefined;
  if (options.json) {
    io.out(JSON.stringify({ summary, diff }, null, 2));
    return 0;
  }
  io.out(`${summary.name} (${summary.id}) ${summary.version} by ${summary.author}`);
  io.out(`languages: ${summary.languages.join(', ')} · ${summary.signed ? 'signed' : 'unsigned'}`);
  const c = summary.counts;
  io.out(
    `templates: ${c.templates}, playbooks: ${c.playbooks}, authority: ${c.authority}, intents: ${c.intents}, site profiles: ${c.siteProfiles}, voice guides: ${c.voiceGuides}`,
  );
  io.out(
    `by kind: ${
      Object.entries(summary.kinds)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ') || '—'
    }`,
  );
  io.out(
    `by language: ${
      Object.entries(summary.langs)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ') || '—'
    }`,
  );
  if (older && diff) {
    if (older.id !== pack.id) io.err(`warning: comparing different packs (${older.id} vs ${pack.id})`);
    if (compareVersions(pack.version, older.version) <= 0)
      io.err(
        `warning: ${pack.version} is not newer than ${older.version}; installs will refuse it as an update`,
      );
    io.out(`changes ${diff.from} → ${diff.to}:`);
    io.out(`  templates added:   ${list(diff.added)}`);
    io.out(`  templates removed: ${list(diff.removed)}`);
    io.out(`  templates changed: ${list(diff.changed)}`);
    for (const [name, d] of Object.entries(diff.sections)) {
      if (d.added.length + d.removed.length + d.changed.length === 0) continue;
      io.out(`  ${name}: +${list(d.added)} −${list(d.removed)} ~${list(d.changed)}`);
    }
  }
  return 0;
}
