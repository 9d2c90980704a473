import { Dexie } from 'dexie';
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { db } from '@/utils/db/db';
import { wipeAllData } from '@/utils/db/wipeAllData';
import { t } from '@/utils/i18n/t';
import { requestReminderSync } from '../requestReminderSync';

/** The other database of the extension: API keys (utils/suggest/secrets). */
const SECRETS_DB = 'sufler-secrets';
const DRAFT_PREFIX = 'sufler:draft:';

async function wipeEverything(): Promise<void> {
  await wipeAllData(db);
  await Dexie.delete(SECRETS_DB);
  await browser.storage.local.clear();
  // storage.session is left alone: it only mirrors the conversation on screen now (in memory,
  // gone when the browser closes), and clearing it would blank the open panel.
  const storage = globalThis.localStorage;
  for (const key of Object.keys(storage ?? {})) if (key.startsWith(DRAFT_PREFIX)) storage.removeItem(key);
}

/** Wipes all of Sufler's local data, after an explicit confirmation. */
export function WipeControls() {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <div data-testid="memory-wipe">
      <h3>{t('memWipeTitle')}</h3>
      <p>{t('memWipeIntro')}</p>
      {confirming ? (
        <div className="row confirm">
          <span>{t('memWipeConfirm')}</span>
          <button
            type="button"
            className="danger"
            onClick={() =>
              void wipeEverything().then(
                () => {
                  setConfirming(false);
                  setMessage({ ok: true, text: t('memWiped') });
                  requestReminderSync();
                },
                (e: unknown) => setMessage({ ok: false, text: t('memWipeFailed', String(e)) }),
              )
            }
          >
            {t('memWipeGo')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('memWipe')}
        </button>
      )}
      {message && (
        <p className={message.ok ? 'muted' : 'error'} role="status" data-testid="memory-wipe-status">
          {message.text}
        </p>
      )}
    </div>
  );
}
