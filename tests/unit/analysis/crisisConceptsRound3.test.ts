import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../../utils/analysis/detectCrisis';

const kind = (text: string) => detectCrisis(text).kind;

// Concepts added after the blind run of crisis-sealed-3.json; the wording here is new, not the set's.
describe('detectCrisis — concepts from the third sealed set', () => {
  it('silence since the last contact makes someone missing, silence from the service does not', () => {
    expect(kind('Муж уехал на рыбалку на Ладогу в субботу, с тех пор ни слуху ни духу')).toBe('lost');
    expect(kind("My brother went climbing alone and we haven't heard from him since Friday")).toBe('lost');
    expect(kind('Оставил заявку на возврат неделю назад, с тех пор тишина')).toBeUndefined();
  });

  it('carried off on the water or cut off by a flood', () => {
    expect(kind('Мотор заглох, нас сносит течением от берега')).toBe('stranded');
    expect(kind('Деревню затопило, нас отрезало, ждём лодку')).toBeDefined();
    expect(kind('Соседи сверху затопили, приедет мастер посмотреть роутер?')).toBeUndefined();
  });

  it('an adult asking a child to meet in secret is danger to the child', () => {
    expect(
      kind('Какой-то взрослый мужчина пишет сыну 11 лет и зовёт гулять, просил не говорить родителям'),
    ).toBe('child_at_risk');
    expect(kind('Сын просит встретиться с друзьями в кафе, какой тариф ему взять?')).toBeUndefined();
  });

  it('children alone for days, crying, are at risk even at home', () => {
    expect(kind('Дети третьи сутки одни дома, плачут, есть нечего')).toBe('child_at_risk');
    expect(kind('Дети одни дома до вечера, можно включить им родительский контроль?')).toBeUndefined();
  });

  it('an elderly person behind a closed door for days, or without the carer who did not come', () => {
    expect(kind("Grandpa hasn't opened his door since Monday and his lights are off")).toBe('vulnerable');
    expect(kind('Бабушка лежачая одна, медсестра не пришла, сама не может встать')).toBeDefined();
    expect(kind('Сиделка не пришла, можно перенести визит мастера на завтра?')).toBeUndefined();
  });

  it('confusion and sweating in a diabetic is a body in trouble', () => {
    expect(kind('Mum is diabetic and now she is confused and disoriented')).toBe('health_threat');
    expect(kind('My husband is confused about the new tariff, can you explain it to him?')).toBeUndefined();
  });

  it('self-harm: pills lined up, or the roof edge with shaking', () => {
    expect(kind('The pills are lined up on the table. I just wanted to tell someone')).toBe('self_harm');
    expect(kind("I'm on the edge of the roof and I can't stop shaking")).toBe('self_harm');
    expect(kind("I can't stop shaking with laughter at your ad")).toBeUndefined();
  });

  it('scammed of everything with nothing left for food or medicine; an SOS button is a product', () => {
    expect(kind('Мошенники сняли все деньги, теперь не на что купить хлеб и лекарства')).toBe('vulnerable');
    expect(kind('Мошенники списали деньги, нечем платить за интернет, верните')).toBeUndefined();
    expect(kind('Бабушка живёт одна в деревне, хочу подключить ей кнопку SOS')).toBeUndefined();
  });
});
