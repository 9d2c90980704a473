// The database benchmarks run Dexie on an in-memory IndexedDB; it must exist before any Dexie module loads.
import 'fake-indexeddb/auto';
import { analysisFigures } from './analysis';
import { bundleFigures } from './bundle';
import { crmFigures } from './crm';
import type { Figures } from './figure';
import { foundationFigures } from './foundation';
import { memoryFigures } from './memory';
import { piiFigures } from './pii';
import { suggestFigures } from './suggest';
import { templatesFigures } from './templates';
import { verseFigures } from './verse';

/*
 * `npm run bench` prints every figure with its budget; `npm run bench -- --json` prints one JSON
 * object `{ "<figure>": { value, unit, budget, ok } }` on stdout (the contract other checks read).
 */

async function collect(): Promise<Figures> {
  const sections: (() => Figures | Promise<Figures>)[] = [
    bundleFigures,
    foundationFigures,
    crmFigures,
    templatesFigures,
    piiFigures,
    analysisFigures,
    suggestFigures,
    memoryFigures,
    verseFigures,
  ];
  const all: Figures = {};
  for (const section of sections) Object.assign(all, await section());
  return all;
}

function table(figures: Figures): string {
  const rows = Object.entries(figures).map(([name, f]) => [
    name,
    `${f.value} ${f.unit}`,
    `${f.higherIsBetter ? '≥' : '≤'} ${f.budget} ${f.unit}`,
    f.ok ? 'ok' : 'OVER BUDGET',
  ]);
  const head = ['figure', 'value', 'budget', 'status'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const figures = await collect();
if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(figures)}\n`);
} else {
  console.log(table(figures));
}
const failed = Object.entries(figures).filter(([, f]) => !f.ok);
if (failed.length > 0 && !process.argv.includes('--json')) {
  console.error(`\n${failed.length} figure(s) over budget: ${failed.map(([n]) => n).join(', ')}`);
  process.exitCode = 1;
}
