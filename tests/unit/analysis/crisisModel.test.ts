import { afterEach, describe, expect, it } from 'vitest';
import { conversationCrisis, detectCrisis, detectCrisisDetail } from '../../../utils/analysis';
import {
  type CrisisModel,
  currentCrisisModel,
  loadCrisisModel,
  scoreCrisis,
  setCrisisModel,
} from '../../../utils/analysis/crisisModel';
import shipped from '../../../utils/analysis/crisisModel.json';
import { crisisTerms, crisisWords } from '../../../utils/analysis/crisisTerms';
import { combine, LEXICON_VETO, MODEL_ALONE, MODEL_ALONE_FRAMED } from '../../../utils/analysis/detectCrisis';
import { detranslit, isTranslit } from '../../../utils/analysis/detranslit';
import { rowsFingerprint } from '../../../utils/analysis/softmaxModel';
import { trainCrisisModel, trainingRows } from '../../../utils/analysis/trainCrisisModel';
import { loadCrisisSets } from '../../fixtures/analysis/crisisSets';

const SHIPPED = shipped as CrisisModel;

afterEach(() => setCrisisModel(SHIPPED));

/** A model that reads one word: `word` makes the text a `kind` crisis with probability `p`. */
function oneWordModel(word: string, kind: string, p: number): CrisisModel {
  const classes = ['none', 'self_harm', 'health_threat', 'child_at_risk', 'vulnerable', 'lost', 'stranded'];
  const weights: Record<string, number[]> = {};
  // Every class but 'none' starts at -50; the word lifts `kind` to logit(p), so that
  // p(kind) = p and p(none) = 1 - p (the other classes stay at e^-50).
  const w = 50 + Math.log(p / (1 - p));
  weights[crisisWords(word)[0]!.stem] = classes.map((c) => (c === kind ? w : 0));
  return {
    version: 1,
    fingerprint: 'test',
    classes,
    bias: classes.map((c) => (c === 'none' ? 0 : -50)),
    weights,
  };
}

describe('Latin-typed Russian', () => {
  it('is read in Cyrillic; English and Cyrillic text stay as they are', () => {
    expect(detranslit('pomogite my zabludilis v lesu temneet')).toBe('помогите мы заблудилис в лесу темнеет');
    expect(detranslit('srochno u otca serdce, skoraya ne dozvonitsya')).toBe(
      'срочно у отца сердце, скорая не дозвонится',
    );
    expect(isTranslit('my son is lost in the forest and it is getting dark')).toBe(false);
    expect(isTranslit('Помогите, мы в лесу')).toBe(false);
    expect(isTranslit('ok spasibo')).toBe(false);
  });

  it('is recognised as a crisis, and the cues point at the words as written', () => {
    const text = 'pomogite, my zabludilis v lesu, temneet, zaryad 5%, ne znaem kuda idti';
    const r = detectCrisisDetail(text);
    expect(r).toMatchObject({ isCrisis: true, kind: 'lost' });
    expect(r.cues).toContain('zabludilis');
    for (const [i, span] of r.spans.entries()) expect(text.slice(span.start, span.end)).toBe(r.cues[i]);
  });
});

describe('the crisis model', () => {
  it('is the one trained on the labelled sets as they are now (else: npm run train:models)', () => {
    const rows = trainingRows(loadCrisisSets().flatMap((s) => s.samples));
    expect(SHIPPED.fingerprint, 'crisisModel.json is stale: run `npm run train:models`').toBe(
      rowsFingerprint(rows),
    );
  });

  it('trains the same model from the same samples', () => {
    const samples = loadCrisisSets()[1]!.samples;
    const a = trainCrisisModel(samples, { epochs: 3, learningRate: 0.1, l2: 0.001, prune: 0.05 });
    const b = trainCrisisModel(samples, { epochs: 3, learningRate: 0.1, l2: 0.001, prune: 0.05 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(Object.keys(a.weights).length).toBeGreaterThan(100);
  });

  it('weighs stems, neighbouring pairs and the lexicon concepts', () => {
    const terms = crisisTerms(crisisWords('Застряли без денег'), [{ f: 'stuck' }, { f: 'noMoney' }]);
    const [stuck, without, money] = crisisWords('Застряли без денег').map((w) => w.stem);
    expect(terms).toEqual([
      stuck,
      without,
      `${stuck}_${without}`,
      money,
      `${without}_${money}`,
      'F:stuck',
      'F:noMoney',
    ]);
  });

  it('gives a probability and a kind', () => {
    const m = oneWordModel('лавина', 'health_threat', 0.9);
    const s = scoreCrisis(m, crisisTerms(crisisWords('сошла лавина'), []));
    expect(s.kind).toBe('health_threat');
    expect(s.p).toBeCloseTo(0.9, 5);
    expect(scoreCrisis(m, crisisTerms(crisisWords('тариф'), [])).p).toBeLessThan(1e-9);
  });
});

describe('lexicons and model together', () => {
  it('the model alone decides above MODEL_ALONE, and vetoes the lexicons below LEXICON_VETO', () => {
    const sure = oneWordModel('лавина', 'health_threat', MODEL_ALONE + 0.05);
    const unsure = oneWordModel('лавина', 'health_threat', MODEL_ALONE - 0.05);
    expect(combine(undefined, 'сошла лавина', [], sure)).toBe('health_threat');
    expect(combine(undefined, 'сошла лавина', [], unsure)).toBeUndefined();
    const ordinary = oneWordModel('лавина', 'health_threat', LEXICON_VETO / 2);
    expect(combine('lost', 'заблудились, лавина', [], ordinary)).toBeUndefined();
    expect(combine('lost', 'заблудились, лавина', [], unsure)).toBe('lost');
    expect(combine('lost', 'заблудились', [], undefined)).toBe('lost');
    // a crisis word the lexicons set aside as past or fiction: the model alone needs more
    expect(combine(undefined, 'сошла лавина', [], sure, true)).toBeUndefined();
    expect(
      combine(
        undefined,
        'сошла лавина',
        [],
        oneWordModel('лавина', 'health_threat', MODEL_ALONE_FRAMED + 0.05),
        true,
      ),
    ).toBe('health_threat');
  });

  it('verdicts follow a new model (nothing stale from the cache)', () => {
    const text = 'сошла лавина, брат под снегом';
    setCrisisModel(oneWordModel('лавина', 'health_threat', 0.99));
    expect(detectCrisis(text).isCrisis).toBe(true);
    setCrisisModel(oneWordModel('лавина', 'health_threat', 0.001));
    expect(detectCrisis(text).isCrisis).toBe(false);
  });

  it('when only the model saw the crisis, the cues are the words that weighed most', () => {
    setCrisisModel(oneWordModel('лавина', 'health_threat', 0.99));
    const text = 'Сошла лавина, Саша где-то там';
    const r = detectCrisisDetail(text);
    expect(r).toMatchObject({ isCrisis: true, kind: 'health_threat', cues: ['лавина'] });
    expect(text.slice(r.spans[0]!.start, r.spans[0]!.end)).toBe('лавина');
  });

  it('raises the banner for a message only the model understands, in a conversation too', () => {
    setCrisisModel(oneWordModel('лавина', 'health_threat', 0.99));
    const r = conversationCrisis(['Здравствуйте', 'Сошла лавина, Саша где-то там']);
    expect(r).toMatchObject({ isCrisis: true, kind: 'health_threat' });
  });

  it('with the shipped model: reads phrasings no lexicon entry has, and keeps the idioms quiet', () => {
    // Written for this test; the lexicons alone miss the first two.
    const crises = [
      'ребёнок 5 лет ушёл с площадки пока я отвернулась, не можем найти уже полчаса',
      'сестра написала что больше не может так жить и отключила телефон, мне страшно',
    ];
    setCrisisModel(undefined);
    for (const t of crises) expect(detectCrisis(t).isCrisis, t).toBe(false);
    setCrisisModel(SHIPPED);
    expect(crises.map((t) => detectCrisis(t).kind)).toEqual(['child_at_risk', 'self_harm']);
    for (const t of [
      "I'm dying to know my balance",
      'хочу подключить обещанный платёж, сижу без денег до зарплаты',
      'убить готов за такой тариф, верните деньги',
    ])
      expect(detectCrisis(t).isCrisis, t).toBe(false);
  });

  it('loads as a chunk of its own and sets itself', async () => {
    setCrisisModel(undefined);
    await loadCrisisModel();
    expect(currentCrisisModel()?.fingerprint).toBe(SHIPPED.fingerprint);
  });
});
