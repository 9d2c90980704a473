import type { SuflerDb } from '../db/db';
import type { StoredTemplate } from '../db/types';
import type { PackTemplate } from '../templates/templateSchema';
import { hashTemplate } from './hashTemplate';
import { PERSONAL_PACK_ID } from './templateIds';

/** A template as the picker shows it. */
export interface EffectiveTemplate {
  /** Stored id: `<packId>/<templateId>` or `personal/<id>`. */
  id: string;
  packId: string;
  packName?: string;
  template: PackTemplate;
  origin: 'pack' | 'personal' | 'override';
  /** For an override: the pack template it replaces. */
  overrides?: string;
  /**
   * For an override whose pack template changed since it was made (or its counterpart, the
   * new pack version): both are listed until the operator chooses.
   */
  conflict?: boolean;
  /** An override whose pack template no longer exists. */
  orphan?: boolean;
  /** `pack.<key>` values for the body. */
  constants: Readonly<Record<string, string>>;
  /** Counts are kept under this id: an override counts for the team's template it replaces. */
  usageId: string;
}

interface PackInfo {
  name: string;
  constants: Record<string, string>;
}

function packInfo(doc: unknown, fallbackName: string): PackInfo {
  const d = doc as { name?: unknown; constants?: unknown } | null;
  const constants =
    d?.constants && typeof d.constants === 'object' ? (d.constants as Record<string, string>) : {};
  return { name: typeof d?.name === 'string' ? d.name : fallbackName, constants };
}

/**
 * Every template the operator can pick: pack templates, personal ones, and overrides in place of
 * the pack template they replace. When a pack update changed a template the operator had
 * overridden, both versions are listed (marked `conflict`) until the operator chooses.
 */
export async function listTemplates(db: SuflerDb): Promise<EffectiveTemplate[]> {
  const [packs, rows] = await Promise.all([db.packs.toArray(), db.templates.toArray()]);
  const info = new Map(packs.map((p) => [p.id, packInfo(p.doc, p.name)]));
  const byId = new Map<string, StoredTemplate>(rows.map((r) => [r.id, r]));
  const overridden = new Map<string, boolean>();
  const out: EffectiveTemplate[] = [];

  for (const row of rows) {
    if (row.packId !== PERSONAL_PACK_ID) continue;
    const base = row.overrides ? byId.get(row.overrides) : undefined;
    const conflict = !!base && row.baseHash !== undefined && row.baseHash !== hashTemplate(base.data);
    if (base) overridden.set(base.id, conflict || overridden.get(base.id) === true);
    const item: EffectiveTemplate = {
      id: row.id,
      packId: row.packId,
      template: row.data as PackTemplate,
      origin: row.overrides ? 'override' : 'personal',
      constants: base ? (info.get(base.packId)?.constants ?? {}) : {},
      usageId: base ? base.id : row.id,
    };
    if (row.overrides) item.overrides = row.overrides;
    if (base) item.packName = info.get(base.packId)?.name;
    if (conflict) item.conflict = true;
    if (row.overrides && !base) item.orphan = true;
    out.push(item);
  }
  for (const row of rows) {
    if (row.packId === PERSONAL_PACK_ID) continue;
    const conflict = overridden.get(row.id);
    if (conflict === false) continue;
    const pack = info.get(row.packId);
    const item: EffectiveTemplate = {
      id: row.id,
      packId: row.packId,
      packName: pack?.name,
      template: row.data as PackTemplate,
      origin: 'pack',
      constants: pack?.constants ?? {},
      usageId: row.id,
    };
    if (conflict) item.conflict = true;
    out.push(item);
  }
  return out;
}
