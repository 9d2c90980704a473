import { useState } from 'react';
import { useConversationStore } from '@/stores/conversationStore';
import { t } from '@/utils/i18n/t';
import { sendMessage } from '@/utils/messaging/messenger';

export type InsertFeedback = { kind: 'ok' | 'error'; text: string } | null;

/** Inserts text into the CRM's reply box of the panel's tab and says what happened. */
export function useInsert(): { insert: (text: string) => Promise<void>; feedback: InsertFeedback } {
  const tabId = useConversationStore((s) => s.tabId);
  const [feedback, setFeedback] = useState<InsertFeedback>(null);
  const insert = async (text: string) => {
    if (tabId === null) {
      setFeedback({ kind: 'error', text: t('insertNoPage') });
      return;
    }
    const result = await sendMessage('insertReply', { text }, tabId).catch(() => ({
      ok: false as const,
      reason: 'no_page' as const,
    }));
    if (result.ok) setFeedback({ kind: 'ok', text: t('inserted') });
    else if (result.reason === 'no_composer') setFeedback({ kind: 'error', text: t('insertNoComposer') });
    else if (result.reason === 'not_editable') setFeedback({ kind: 'error', text: t('insertNotEditable') });
    else setFeedback({ kind: 'error', text: t('insertNoPage') });
  };
  return { insert, feedback };
}
