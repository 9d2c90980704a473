import type { SuflerDb } from '../db/db';
import type { StoredTemplate } from '../db/types';
import { checkTemplate, type TemplateIssue } from '../templates/checkTemplate';
import type { Lang } from '../templates/ids';
import { translateSchemaMessage } from '../templates/packIssueMessages';
import { type PackTemplate, type PackTemplateInput, templateSchema } from '../templates/templateSchema';
import { zodLocale } from '../templates/validatePack';
import { hashTemplate } from './hashTemplate';
import { PERSONAL_PACK_ID, storedTemplateId } from './templateIds';

/** What the editor hands in: a template without an id (personal ids are generated). */
export type TemplateDraft = Omit<PackTemplateInput, 'id'>;

export interface SaveOptions {
  /** Language of schema messages (the operator's). */
  lang?: Lang;
  /** The pack constants the body may use as `pack.<key>` (for an override of a pack template). */
  constants?: Iterable<string>;
  now?: number;
}

export class TemplateSaveError extends Error {
  constructor(
    /** Schema problems as `path: message`, and template problems (unknown variables…). */
    readonly schemaErrors: string[],
    readonly issues: TemplateIssue[],
  ) {
    super('template not saved');
    this.name = 'TemplateSaveError';
  }
}

function newId(): string {
  return crypto.randomUUID().replace(/-/g, '');
}

/**
 * Checks a draft as a pack template would be checked. Unknown variables and undeclared
 * fields are errors here, at save time, so a broken template never reaches a customer.
 */
export function checkTemplateDraft(
  draft: TemplateDraft,
  id: string,
  options: SaveOptions = {},
): { template: PackTemplate; warnings: TemplateIssue[] } {
  const lang = options.lang ?? 'en';
  const parsed = templateSchema.safeParse({ ...draft, id }, { error: zodLocale(lang) });
  if (!parsed.success) {
    throw new TemplateSaveError(
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${translateSchemaMessage(lang, i.message)}`),
      [],
    );
  }
  const issues = checkTemplate(parsed.data, options.constants ?? []);
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) throw new TemplateSaveError([], issues);
  return { template: parsed.data, warnings: issues };
}

/** Creates a personal template (from scratch, or from any text in the panel). */
export async function createPersonalTemplate(
  db: SuflerDb,
  draft: TemplateDraft,
  options: SaveOptions = {},
): Promise<StoredTemplate> {
  const id = newId();
  const now = options.now ?? Date.now();
  const { template } = checkTemplateDraft(draft, id, options);
  const row: StoredTemplate = {
    id: storedTemplateId(PERSONAL_PACK_ID, id),
    packId: PERSONAL_PACK_ID,
    data: template,
    kind: template.kind,
    lang: template.lang,
    tags: template.tags,
    updatedAt: now,
  };
  await db.templates.add(row);
  return row;
}

/** Saves an edit of a personal template or of an override. */
export async function updatePersonalTemplate(
  db: SuflerDb,
  storedId: string,
  draft: TemplateDraft,
  options: SaveOptions = {},
): Promise<void> {
  const now = options.now ?? Date.now();
  const row = await db.templates.get(storedId);
  if (!row || row.packId !== PERSONAL_PACK_ID) throw new Error('NotFound');
  const { template } = checkTemplateDraft(draft, (row.data as PackTemplate).id, options);
  await db.templates.update(storedId, {
    data: template,
    kind: template.kind,
    lang: template.lang,
    tags: template.tags,
    updatedAt: now,
  });
}

/**
 * Editing a pack template keeps the team's version and saves the operator's as an override
 * (remembering which version of the team's it was made from). A second edit updates the same
 * override.
 */
export async function overridePackTemplate(
  db: SuflerDb,
  baseId: string,
  draft: TemplateDraft,
  options: SaveOptions = {},
): Promise<string> {
  const now = options.now ?? Date.now();
  return db.transaction('rw', db.templates, async () => {
    const base = await db.templates.get(baseId);
    if (!base || base.packId === PERSONAL_PACK_ID) throw new Error('NotFound');
    const existing = await db.templates.where('overrides').equals(baseId).first();
    if (existing) {
      await updatePersonalTemplate(db, existing.id, draft, options);
      await db.templates.update(existing.id, { baseHash: hashTemplate(base.data) });
      return existing.id;
    }
    const id = newId();
    const { template } = checkTemplateDraft(draft, id, options);
    const row: StoredTemplate = {
      id: storedTemplateId(PERSONAL_PACK_ID, id),
      packId: PERSONAL_PACK_ID,
      data: template,
      kind: template.kind,
      lang: template.lang,
      tags: template.tags,
      overrides: baseId,
      baseHash: hashTemplate(base.data),
      updatedAt: now,
    };
    await db.templates.add(row);
    return row.id;
  });
}

/** A personal copy of any template (pack or personal), titled as the caller says. */
export async function duplicateTemplate(
  db: SuflerDb,
  storedId: string,
  title: string,
  now = Date.now(),
): Promise<StoredTemplate> {
  const source = await db.templates.get(storedId);
  if (!source) throw new Error('NotFound');
  const { id: _id, ...rest } = source.data as PackTemplate;
  return createPersonalTemplate(db, { ...rest, title }, { now });
}

export async function deletePersonalTemplate(db: SuflerDb, storedId: string): Promise<void> {
  if (!storedId.startsWith(`${PERSONAL_PACK_ID}/`)) throw new Error('only personal templates can be deleted');
  await db.templates.delete(storedId);
}

/**
 * After a pack update changed an overridden template: `keep` the operator's version (it now
 * counts as made from the new one), or `pack` drops the override in favour of the team's.
 */
export async function resolveOverride(
  db: SuflerDb,
  overrideId: string,
  choice: 'keep' | 'pack',
): Promise<void> {
  await db.transaction('rw', db.templates, async () => {
    const row = await db.templates.get(overrideId);
    if (!row?.overrides) return;
    if (choice === 'pack') {
      await db.templates.delete(overrideId);
      return;
    }
    const base = await db.templates.get(row.overrides);
    if (base) await db.templates.update(overrideId, { baseHash: hashTemplate(base.data) });
  });
}
