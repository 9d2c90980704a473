import { useEffect, useMemo } from 'react';
import { useSuggestStore } from '@/stores/suggestStore';
import { analyzeConversation } from '@/utils/analysis/analyzeConversation';
import type { SubscriberIds } from '@/utils/conversation/types';
import type { SnapshotDto } from '@/utils/messaging/snapshotDto';
import { CrisisBanner } from './CrisisBanner';
import { DraftHints } from './DraftHints';
import { EmotionView } from './EmotionView';
import { LlmSuggestions } from './LlmSuggestions';
import { LocalSuggestions } from './LocalSuggestions';

interface Props {
  snapshot: SnapshotDto;
  subscriber: SubscriberIds;
  subscriberKey: string | null;
  onInsert: (text: string) => void;
}

/** Understanding first (crisis, emotion), then local templates, then the model's alternatives. */
export function SuggestPanel({ snapshot, subscriber, subscriberKey, onInsert }: Props) {
  const analysis = useMemo(() => analyzeConversation({ messages: snapshot.messages }), [snapshot.messages]);
  const conversationKey = subscriberKey ?? snapshot.url;
  const reset = useSuggestStore((s) => s.reset);
  useEffect(() => reset(conversationKey), [conversationKey, reset]);
  const draft = (snapshot as SnapshotDto & { draft?: string }).draft;

  return (
    <>
      <CrisisBanner crisis={analysis.crisis} />
      <EmotionView emotion={analysis.emotion} text={analysis.lastCustomerText} />
      <LocalSuggestions analysis={analysis} subscriber={subscriber} isVerse={false} onInsert={onInsert} />
      <LlmSuggestions
        context={{
          conversationKey,
          messages: snapshot.messages,
          subscriber,
          subscriberKey,
          analysis,
          draft,
          examples: [],
        }}
        onInsert={onInsert}
      />
      {draft && <DraftHints draft={draft} messages={snapshot.messages} />}
    </>
  );
}
