import { coreEn } from './areas/core.en';
import { coreRu } from './areas/core.ru';
import { crmEn } from './areas/crm.en';
import { crmRu } from './areas/crm.ru';
import { memoryEn } from './areas/memory.en';
import { memoryRu } from './areas/memory.ru';
import { suggestEn } from './areas/suggest.en';
import { suggestRu } from './areas/suggest.ru';
import { templatesEn } from './areas/templates.en';
import { templatesRu } from './areas/templates.ru';
import { verseEn } from './areas/verse.en';
import { verseRu } from './areas/verse.ru';

/*
 * Every UI string, per feature area: `areas/<area>.ru.ts` holds the Russian strings (the
 * source of truth for keys) and `areas/<area>.en.ts` the English ones typed against them.
 * Adding an area = two files + one line in each object below.
 */
export const ru = {
  ...coreRu,
  ...suggestRu,
  ...verseRu,
  ...templatesRu,
  ...memoryRu,
  ...crmRu,
};

export const en: Record<keyof typeof ru, string> = {
  ...coreEn,
  ...suggestEn,
  ...verseEn,
  ...templatesEn,
  ...memoryEn,
  ...crmEn,
};

export type MessageKey = keyof typeof ru;
