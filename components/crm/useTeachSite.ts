import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { originPattern } from '@/utils/conversation/crmOrigin';
import { type SiteProfile, siteProfileSchema } from '@/utils/conversation/siteProfile';
import { saveSiteProfile } from '@/utils/conversation/storedProfiles';
import { db } from '@/utils/db/db';
import type { MessageKey } from '@/utils/i18n/catalog';
import { t } from '@/utils/i18n/t';
import { onMessage, sendMessage } from '@/utils/messaging/messenger';
import type { PickerReport } from '@/utils/messaging/protocol';
import type { SnapshotDto } from '@/utils/messaging/snapshotDto';

export type TeachState =
  | { phase: 'idle' }
  | { phase: 'picking'; step: number }
  | { phase: 'preview'; origin: string; profile: SiteProfile; preview: SnapshotDto }
  | { phase: 'failed'; message: string }
  | { phase: 'saved'; origin: string };

const FAILURES: Record<Extract<PickerReport, { status: 'failed' }>['reason'], MessageKey> = {
  same_message: 'crmTeachFailSame',
  different_frames: 'crmTeachFailFrames',
  no_difference: 'crmTeachFailDifference',
  not_editable: 'crmTeachFailEditable',
  unreadable: 'crmTeachFailUnreadable',
};

/** Where the picker's code is, in the built extension (an unlisted script, injected on demand). */
const PICKER_FILE = '/picker.js';

/**
 * "Teach this site" from the panel: injects the element picker into the CRM tab (only now, so
 * the always-on content script stays small), follows its reports, validates the derived profile
 * and saves it for the origin.
 */
export function useTeachSite(tabId: number | null, origin: string | undefined) {
  const [state, setState] = useState<TeachState>({ phase: 'idle' });

  useEffect(
    () =>
      onMessage('reportPicker', (report) => {
        if (report.status === 'step') setState({ phase: 'picking', step: report.step });
        else if (report.status === 'cancelled') setState({ phase: 'idle' });
        else if (report.status === 'failed') {
          setState({ phase: 'failed', message: t('crmTeachFailed', t(FAILURES[report.reason])) });
        } else {
          const parsed = siteProfileSchema.safeParse(report.profile);
          if (!parsed.success) {
            const issue = parsed.error.issues[0];
            setState({
              phase: 'failed',
              message: t('crmTeachInvalid', `${issue?.path.join('.')}: ${issue?.message}`),
            });
          } else {
            setState({
              phase: 'preview',
              origin: report.origin,
              profile: parsed.data,
              preview: report.preview,
            });
          }
        }
        return null;
      }),
    [],
  );

  /** Must run straight from a click: the host permission request needs the user's gesture. */
  const start = () => {
    if (tabId === null || !origin) return;
    // Already granted (a CRM site the operator added) resolves at once, without a prompt.
    const granted = browser.permissions.request({ origins: [originPattern(origin)] });
    granted
      .then(async (ok) => {
        if (!ok) {
          setState({ phase: 'failed', message: t('crmTeachNoAccess') });
          return;
        }
        setState({ phase: 'picking', step: 0 });
        await browser.scripting.executeScript({ target: { tabId }, files: [PICKER_FILE] });
      })
      .catch(() => setState({ phase: 'failed', message: t('crmTeachNoAccess') }));
  };

  const cancel = () => {
    if (tabId !== null) sendMessage('cancelPicker', {}, tabId).catch(() => {});
    setState({ phase: 'idle' });
  };

  const save = async () => {
    if (state.phase !== 'preview') return;
    await saveSiteProfile(db, browser.storage.local, state.origin, state.profile, 'taught');
    setState({ phase: 'saved', origin: state.origin });
  };

  return { state, start, cancel, save };
}
