// Trains the crisis model on every labelled set and writes utils/analysis/crisisModel.json.
// `npm run train:crisis` after changing a set, a lexicon or a guard (a unit test says when).
import { writeFileSync } from 'node:fs';
import { loadCrisisSets } from '../tests/fixtures/analysis/crisisSets';
import { trainCrisisModel } from '../utils/analysis/trainCrisisModel';

const samples = loadCrisisSets().flatMap((s) => s.samples);
const model = trainCrisisModel(samples);
// One term a line: a retrained model reads as a diff.
const terms = Object.entries(model.weights).map(([t, w]) => `${JSON.stringify(t)}:${JSON.stringify(w)}`);
const head = {
  version: model.version,
  fingerprint: model.fingerprint,
  classes: model.classes,
  bias: model.bias,
};
const json = `${JSON.stringify(head).slice(0, -1)},"weights":{\n${terms.join(',\n')}\n}}\n`;
const out = new URL('../utils/analysis/crisisModel.json', import.meta.url);
writeFileSync(out, json);
console.log(
  `${samples.length} samples, ${terms.length} terms, fingerprint ${model.fingerprint} → ${out.pathname}`,
);
