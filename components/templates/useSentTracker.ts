import { useEffect } from 'react';
import { useConversationStore } from '@/stores/conversationStore';
import { useTemplatesStore } from '@/stores/templatesStore';
import { db } from '@/utils/db/db';
import { recordUsage } from '@/utils/packs/usage';
import { wasEdited } from '@/utils/templates/wasEdited';

const WAIT_MS = 30 * 60_000;

/**
 * After a template is inserted, watches the conversation for the operator's next message and
 * counts "inserted, then edited" when it no longer contains the template's text. The text is
 * held in memory only for this comparison and never stored.
 */
export function useSentTracker(): void {
  useEffect(
    () =>
      useConversationStore.subscribe((state) => {
        const { pending, setPending } = useTemplatesStore.getState();
        const snapshot = state.snapshot;
        if (!pending || !snapshot) return;
        if (snapshot.url !== pending.url || Date.now() - pending.at > WAIT_MS) {
          setPending(null);
          return;
        }
        const sent = snapshot.messages.filter((m) => m.role === 'operator');
        if (snapshot.totalMessages === 0 || sent.length <= pending.operatorMessages) return;
        const last = sent[sent.length - 1];
        setPending(null);
        if (last && wasEdited(pending.text, last.text)) {
          void recordUsage(db, [pending.usageId], 'insertedEdited').catch(() => {});
        }
      }),
    [],
  );
}
