import { useEffect, useMemo } from 'react';
import { useSuggestStore } from '@/stores/suggestStore';
import { analyzeConversation } from '@/utils/analysis/analyzeConversation';
import type { SubscriberIds } from '@/utils/conversation/types';
import type { SnapshotDto } from '@/utils/messaging/snapshotDto';
import { rankTemplates } from '@/utils/suggest/rankTemplates';
import { verseInstructions } from '@/utils/suggest/verseInstructions';
import { useVerse } from '../verse/useVerse';
import { VerseBadge } from '../verse/VerseBadge';
import { CrisisBanner } from './CrisisBanner';
import { DraftHints } from './DraftHints';
import { EmotionView } from './EmotionView';
import { LlmSuggestions } from './LlmSuggestions';
import { LocalSuggestions } from './LocalSuggestions';
import { useAnalysisModels } from './useAnalysisModels';
import { usePackGuidance } from './usePackGuidance';
import { useRankableTemplates } from './useRankableTemplates';

interface Props {
  snapshot: SnapshotDto;
  subscriber: SubscriberIds;
  subscriberKey: string | null;
  onInsert: (text: string) => void;
}

/** Understanding first (crisis, emotion), then local templates, then the model's alternatives. */
export function SuggestPanel({ snapshot, subscriber, subscriberKey, onInsert }: Props) {
  const models = useAnalysisModels();
  // biome-ignore lint/correctness/useExhaustiveDependencies: new analysis models mean a new reading
  const analysis = useMemo(
    () => analyzeConversation({ messages: snapshot.messages }),
    [snapshot.messages, models],
  );
  const conversationKey = subscriberKey ?? snapshot.url;
  const reset = useSuggestStore((s) => s.reset);
  useEffect(() => reset(conversationKey), [conversationKey, reset]);
  const draft = snapshot.draft;
  const guidance = usePackGuidance(analysis.language);
  const verse = useVerse(analysis.lastCustomerText);
  const isVerse = Boolean(verse?.isVerse);
  const index = useRankableTemplates();
  const ranked = useMemo(
    () => (index ? rankTemplates(index, analysis, { limit: 3, isVerse }) : null),
    [index, analysis, isVerse],
  );
  // The best-matching templates are the model's style examples.
  const examples = useMemo(
    () => (ranked ?? []).map((r) => ({ title: r.template.title, body: r.template.body })),
    [ranked],
  );

  return (
    <>
      <CrisisBanner crisis={analysis.crisis} playbook={guidance.playbookFor(analysis.crisis.kind)} />
      <EmotionView emotion={analysis.emotion} text={analysis.lastCustomerText} />
      {isVerse && verse && <VerseBadge verse={verse} />}
      <LocalSuggestions ranked={ranked} onInsert={onInsert} />
      <LlmSuggestions
        context={{
          conversationKey,
          messages: snapshot.messages,
          subscriber,
          subscriberKey,
          analysis,
          draft,
          examples,
          voiceGuide: guidance.voiceGuide,
          customerPoem: isVerse ? analysis.lastCustomerText : undefined,
          verse: isVerse && verse ? verseInstructions(verse) : undefined,
        }}
        onInsert={onInsert}
      />
      {draft && <DraftHints draft={draft} messages={snapshot.messages} />}
    </>
  );
}
