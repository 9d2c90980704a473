import { z } from 'zod';
import { isPublicKey } from '../templates/packKeys';

/** The operator's own pack settings (extension storage, `local` area). */
export const packSettingsSchema = z.object({
  trustedKeys: z
    .array(z.object({ name: z.string().max(100).optional(), publicKey: z.string().refine(isPublicKey) }))
    .max(50)
    .catch([])
    .default([]),
  /** `{{operator.name}}` in templates. */
  operatorName: z.string().max(200).catch('').default(''),
  /** `{{company.name}}`, unless policy sets it. */
  companyName: z.string().max(200).catch('').default(''),
});

export type PackSettings = z.infer<typeof packSettingsSchema>;

export const PACK_SETTINGS_KEY = 'packSettings';
export const SUBSCRIPTIONS_KEY = 'packSubscriptions';
export const PACK_ALARM = 'sufler-pack-updates';
/** storage.session: the operator pressed the picker shortcut on a CRM page (`{ tabId, at }`). */
export const PICKER_REQUEST_KEY = 'templatePickerRequest';
