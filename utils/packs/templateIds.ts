/** The pseudo pack that holds the operator's own templates and overrides. */
export const PERSONAL_PACK_ID = 'personal';

/** Stored templates are keyed `<packId>/<templateId>`: template ids are unique only within a pack. */
export function storedTemplateId(packId: string, templateId: string): string {
  return `${packId}/${templateId}`;
}

export function packIdOf(storedId: string): string {
  return storedId.slice(0, storedId.indexOf('/'));
}
