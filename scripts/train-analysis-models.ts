// Trains the crisis model, then the emotion model (which reads the crisis kind), on every labelled
// set, and writes utils/analysis/crisisModel.json and emotionModel.json. Run `npm run train:models`
// after changing a set, a lexicon or a guard (a unit test says when the shipped models are stale).
import { writeFileSync } from 'node:fs';
import { loadCrisisSets, loadEmotionSets } from '../tests/fixtures/analysis/crisisSets';
import { setCrisisModel } from '../utils/analysis/crisisModel';
import { setEmotionModel } from '../utils/analysis/emotionModel';
import { modelJson } from '../utils/analysis/softmaxModel';
import { trainCrisisModel } from '../utils/analysis/trainCrisisModel';
import { emotionTrainingRows, trainEmotionModel } from '../utils/analysis/trainEmotionModel';

const write = (name: string, json: string) => {
  const out = new URL(`../utils/analysis/${name}`, import.meta.url);
  writeFileSync(out, json);
  return out.pathname;
};

setCrisisModel(undefined);
setEmotionModel(undefined);
const crisisSamples = loadCrisisSets().flatMap((s) => s.samples);
const crisis = trainCrisisModel(crisisSamples);
const crisisPath = write('crisisModel.json', modelJson(crisis));
console.log(
  `crisis: ${crisisSamples.length} samples, ${Object.keys(crisis.weights).length} terms → ${crisisPath}`,
);

setCrisisModel(crisis);
const emotionRows = emotionTrainingRows(loadEmotionSets().flatMap((s) => s.samples));
const emotion = trainEmotionModel(emotionRows);
const emotionPath = write('emotionModel.json', modelJson(emotion));
console.log(
  `emotion: ${emotionRows.length} samples, ${Object.keys(emotion.weights).length} terms → ${emotionPath}`,
);
