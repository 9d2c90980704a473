import { coreEn } from './areas/core.en';
import { coreRu } from './areas/core.ru';

/*
 * Every UI string, per feature area: `areas/<area>.ru.ts` holds the Russian strings (the
 * source of truth for keys) and `areas/<area>.en.ts` the English ones typed against them.
 * Adding an area = two files + one line in each object below.
 */
export const ru = {
  ...coreRu,
};

export const en: Record<keyof typeof ru, string> = {
  ...coreEn,
};

export type MessageKey = keyof typeof ru;
