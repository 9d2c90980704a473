import { useConversationStore } from '@/stores/conversationStore';
import { normalizeSubscriber } from '@/utils/conversation/readConversation';
import { t } from '@/utils/i18n/t';
import { MessageList } from '../MessageList';
import { SubscriberCard } from '../SubscriberCard';
import { useTeachSite } from './useTeachSite';

const STEPS = ['crmTeachStep0', 'crmTeachStep1', 'crmTeachStep2', 'crmTeachStep3'] as const;

/** The "teach this site" flow in the panel: start, progress, preview of what it reads, save. */
export function TeachSite({ again = false }: { again?: boolean }) {
  const tabId = useConversationStore((s) => s.tabId);
  const origin = useConversationStore((s) => s.snapshot?.origin);
  const { state, start, cancel, save } = useTeachSite(tabId, origin);

  if (state.phase === 'picking') {
    return (
      <div className="teach" data-testid="teach-picking">
        <p>{t('crmTeachWorking', t(STEPS[state.step] ?? 'crmTeachStep3'))}</p>
        <button type="button" onClick={cancel}>
          {t('crmTeachCancel')}
        </button>
      </div>
    );
  }
  if (state.phase === 'preview') {
    return (
      <div className="teach" data-testid="teach-preview">
        <h3>{t('crmTeachPreviewTitle')}</h3>
        <SubscriberCard subscriber={normalizeSubscriber(state.preview.subscriber)} />
        {state.preview.messages.length > 0 ? (
          <MessageList snapshot={state.preview} />
        ) : (
          <p className="error">{t('crmTeachPreviewEmpty')}</p>
        )}
        <div className="row">
          <button type="button" className="primary" onClick={() => void save()}>
            {t('crmTeachSave')}
          </button>
          <button type="button" onClick={start}>
            {t('crmTeachRetry')}
          </button>
          <button type="button" onClick={cancel}>
            {t('crmTeachCancel')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="teach">
      {state.phase === 'failed' && (
        <p className="error" role="alert" data-testid="teach-error">
          {state.message}
        </p>
      )}
      {state.phase === 'saved' && (
        <p className="toast ok" role="status">
          {t('crmTeachSaved', state.origin)}
        </p>
      )}
      <button type="button" className="primary" data-testid="teach-site" onClick={start} disabled={!origin}>
        {again ? t('crmTeachAgain') : t('crmTeach')}
      </button>
    </div>
  );
}
