import { t } from '@/utils/i18n/t';
import type { SnapshotDto } from '@/utils/messaging/snapshotDto';
import { ToNoteButton } from './notes/ToNoteButton';

const SHOWN = 8;

/** The latest messages of the conversation, as plain text (page text is never rendered as HTML). */
export function MessageList({ snapshot }: { snapshot: SnapshotDto }) {
  // Messages have no ids on most CRMs; the position in the whole thread is stable while reading.
  const first = snapshot.totalMessages - Math.min(SHOWN, snapshot.messages.length);
  const shown = snapshot.messages.slice(-SHOWN).map((m, i) => ({ ...m, position: first + i }));
  return (
    <section className="card messages" aria-label={t('messagesTitle')}>
      <h3>{t('messagesTitle')}</h3>
      {shown.length === 0 ? (
        <p className="muted">{t('noMessages')}</p>
      ) : (
        <ol className="message-list" data-testid="messages">
          {shown.map((m) => (
            <li key={m.position} className={`message message--${m.role}`} data-role={m.role}>
              <span className="message-role">
                {m.role === 'customer' ? t('roleCustomer') : t('roleOperator')}
              </span>
              <p className="message-text">{m.text}</p>
              <ToNoteButton text={m.text} />
            </li>
          ))}
        </ol>
      )}
      {snapshot.totalMessages > shown.length && (
        <p className="muted small">{t('messagesShown', shown.length, snapshot.totalMessages)}</p>
      )}
    </section>
  );
}
