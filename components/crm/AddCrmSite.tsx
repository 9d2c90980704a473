import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { useConversationStore } from '@/stores/conversationStore';
import { normalizeOrigin, originPattern } from '@/utils/conversation/crmOrigin';
import { t } from '@/utils/i18n/t';
import { sendMessage } from '@/utils/messaging/messenger';

type Feedback = { kind: 'ok' | 'error'; text: string } | null;

/**
 * "Add this CRM site": asks for this one origin's host permission (from the click: Chrome needs a
 * user gesture), then has the background register the content script there and run it in the
 * open tabs. Used in the panel when a tab is not read, and in the options.
 */
export function AddCrmSite({ onAdded }: { onAdded?: (origin: string) => void }) {
  const [value, setValue] = useState('');
  const [feedback, setFeedback] = useState<Feedback>(null);

  useEffect(() => {
    // The tab's address is visible only where we already have access; otherwise the operator types it.
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => {
        const origin = tab?.url ? normalizeOrigin(tab.url) : null;
        if (origin) setValue((current) => current || origin);
      })
      .catch(() => {});
  }, []);

  const add = () => {
    const origin = normalizeOrigin(value);
    if (!origin) {
      setFeedback({ kind: 'error', text: t('crmAddSiteInvalid') });
      return;
    }
    browser.permissions
      .request({ origins: [originPattern(origin)] })
      .then(async (granted) => {
        if (!granted) {
          setFeedback({ kind: 'error', text: t('crmAddSiteDenied') });
          return;
        }
        await sendMessage('addCrmSite', { origin });
        setFeedback({ kind: 'ok', text: t('crmAddSiteDone', origin) });
        onAdded?.(origin);
        void useConversationStore.getState().refresh();
      })
      .catch(() => setFeedback({ kind: 'error', text: t('crmAddSiteDenied') }));
  };

  return (
    <form
      className="add-crm-site"
      onSubmit={(e) => {
        e.preventDefault();
        add();
      }}
    >
      <label>
        {t('crmAddSiteLabel')}
        <input
          type="url"
          value={value}
          placeholder={t('crmAddSitePlaceholder')}
          data-testid="crm-site-input"
          onChange={(e) => setValue(e.target.value)}
        />
      </label>
      <button type="submit" className="primary" data-testid="crm-site-add">
        {t('crmAddSiteButton')}
      </button>
      {feedback && (
        <p
          className={feedback.kind === 'ok' ? 'toast ok' : 'error'}
          role="status"
          data-testid="crm-site-feedback"
        >
          {feedback.text}
        </p>
      )}
    </form>
  );
}
