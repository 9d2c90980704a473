import { useMemo } from 'react';
import { useConversationStore } from '@/stores/conversationStore';
import { normalizeSubscriber } from '@/utils/conversation/readConversation';
import type { SubscriberIds } from '@/utils/conversation/types';
import { subscriberKey } from '@/utils/subscriber/subscriberKey';

export interface ConversationKey {
  /** The key the page's identifiers give (before links and merges are followed). */
  rawKey: string | null;
  ids: SubscriberIds;
  origin: string;
  url: string;
}

/** Who the panel's current conversation is with, as the memory keys it. */
export function useConversationKey(): ConversationKey | null {
  const snapshot = useConversationStore((s) => s.snapshot);
  return useMemo(() => {
    if (snapshot?.status !== 'ok') return null;
    const ids = normalizeSubscriber(snapshot.subscriber);
    return { rawKey: subscriberKey(ids, snapshot.origin), ids, origin: snapshot.origin, url: snapshot.url };
  }, [snapshot]);
}
