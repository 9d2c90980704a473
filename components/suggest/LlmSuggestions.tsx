import { browser } from 'wxt/browser';
import { useSuggestStore } from '@/stores/suggestStore';
import type { ConversationAnalysis } from '@/utils/analysis/analyzeConversation';
import type { Message, SubscriberIds } from '@/utils/conversation/types';
import { db } from '@/utils/db/db';
import { addNote, listNotes } from '@/utils/db/notes';
import type { MessageKey } from '@/utils/i18n/catalog';
import { t } from '@/utils/i18n/t';
import { createLlmClient } from '@/utils/suggest/createLlmClient';
import { generateSuggestions } from '@/utils/suggest/generateSuggestions';
import { prepareRequest } from '@/utils/suggest/prepareRequest';
import { LLM_API_KEY, readSecret } from '@/utils/suggest/secrets';
import { TONES, type Tone } from '@/utils/suggest/tones';
import { useLlmSettings } from './useLlmSettings';

export interface LlmContext {
  conversationKey: string;
  messages: readonly Message[];
  subscriber: SubscriberIds;
  subscriberKey: string | null;
  analysis: ConversationAnalysis;
  draft?: string;
  examples: { title: string; body: string }[];
  voiceGuide?: string;
  /** Verse-mode instructions, when the customer wrote verse. */
  verse?: string;
}

/** Streamed reply alternatives from the configured model; local templates stay on screen whatever happens here. */
export function LlmSuggestions({
  context,
  onInsert,
}: {
  context: LlmContext;
  onInsert: (text: string) => void;
}) {
  const settings = useLlmSettings();
  const { status, alternatives, error, lastRequest, run, cancel } = useSuggestStore();

  if (!settings) return null;
  if (!settings.enabled) {
    return (
      <section className="card llm" data-testid="llm-off">
        <h3>{t('llmTitle')}</h3>
        <p className="muted">{t('llmOff')}</p>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openSettings')}
        </button>
      </section>
    );
  }

  const start = async (mode: 'reply' | 'improve', tone?: Tone) => {
    const notes =
      settings.shareNotes && context.subscriberKey
        ? (await listNotes(db, context.subscriberKey)).map((n) => n.text)
        : undefined;
    const request = prepareRequest({
      messages: context.messages,
      subscriber: context.subscriber,
      analysis: context.analysis,
      examples: context.examples,
      voiceGuide: context.voiceGuide,
      notes,
      tone,
      mode,
      draft: context.draft,
      alternatives: settings.alternatives,
      verse: context.verse,
    });
    const apiKey = await readSecret(LLM_API_KEY);
    const client = createLlmClient(settings, apiKey);
    await run(context.conversationKey, request.prompt, (signal, onUpdate) =>
      generateSuggestions(client, request, {
        model: settings.model,
        temperature: settings.temperature,
        maxAlternatives: settings.alternatives,
        signal,
        onUpdate,
      }),
    );
  };

  const streaming = status === 'streaming';
  const hasDraft = Boolean(context.draft?.trim());
  return (
    <section className="card llm" data-testid="llm-suggestions" aria-busy={streaming}>
      <h3>{t('llmTitle')}</h3>
      <div className="row">
        {streaming ? (
          <button type="button" onClick={cancel} data-testid="llm-cancel">
            {t('cancelGeneration')}
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            onClick={() => void start('reply')}
            data-testid="llm-generate"
          >
            {status === 'idle' ? t('generate') : t('regenerate')}
          </button>
        )}
        <button
          type="button"
          disabled={streaming || !hasDraft}
          title={hasDraft ? undefined : t('noDraft')}
          onClick={() => void start('improve')}
        >
          {t('improveDraft')}
        </button>
      </div>
      <div className="row tones">
        {TONES.map((tone) => (
          <button key={tone} type="button" disabled={streaming} onClick={() => void start('reply', tone)}>
            {t(`tone_${tone}` as MessageKey)}
          </button>
        ))}
      </div>
      {streaming && alternatives.length === 0 && <p className="muted">{t('thinking')}</p>}
      {error && (
        <p
          className={error === 'aborted' ? 'muted' : 'error'}
          role="alert"
          data-testid="llm-error"
          data-kind={error}
        >
          {t(`llm_${error}` as MessageKey)}
        </p>
      )}
      <ol className="suggestion-list">
        {alternatives.map((text, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: alternatives are positions in one answer
          <li key={i} className="suggestion" data-testid="llm-suggestion">
            <p className="suggestion-title">{t('alternative', i + 1)}</p>
            <p className="suggestion-text">{text}</p>
            <div className="row">
              <button type="button" className="primary" disabled={streaming} onClick={() => onInsert(text)}>
                {t('insert')}
              </button>
              {context.subscriberKey && (
                <button
                  type="button"
                  disabled={streaming}
                  onClick={() => void addNote(db, context.subscriberKey!, text).catch(() => {})}
                >
                  {t('saveAsNote')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
      {lastRequest && (
        <details className="request-preview">
          <summary>{t('showRequest')}</summary>
          <pre data-testid="llm-request">
            {lastRequest.map((m) => `[${m.role}]\n${m.content}`).join('\n\n')}
          </pre>
        </details>
      )}
    </section>
  );
}
