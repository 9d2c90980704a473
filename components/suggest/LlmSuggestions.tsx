import { lazy, Suspense, useState } from 'react';
import { browser } from 'wxt/browser';
import { useSuggestStore } from '@/stores/suggestStore';
import type { ConversationAnalysis } from '@/utils/analysis/analyzeConversation';
import type { Message, SubscriberIds } from '@/utils/conversation/types';
import { db } from '@/utils/db/db';
import { addNote, listNotes } from '@/utils/db/notes';
import type { MessageKey } from '@/utils/i18n/catalog';
import { t } from '@/utils/i18n/t';
import type { LlmErrorKind } from '@/utils/suggest/llmErrors';
import type { LlmRuntime } from '@/utils/suggest/llmRuntime';
import { LLM_API_KEY, readSecret } from '@/utils/suggest/secrets';
import { TONES, type Tone } from '@/utils/suggest/tones';
import { useLlmSettings } from './useLlmSettings';

const VerseEditor = lazy(() => import('../verse/VerseEditor').then((m) => ({ default: m.VerseEditor })));

export interface LlmContext {
  conversationKey: string;
  messages: readonly Message[];
  subscriber: SubscriberIds;
  subscriberKey: string | null;
  analysis: ConversationAnalysis;
  draft?: string;
  examples: { title: string; body: string }[];
  voiceGuide?: string;
  /** The customer's poem, when they wrote verse: replies are then generated and scored in verse mode. */
  customerPoem?: string;
  /** Verse-mode instructions for the model. */
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
  const [inVerse, setInVerse] = useState(true);
  const [editing, setEditing] = useState<string | null>(null);
  const verseMode = Boolean(context.customerPoem && context.verse && inVerse);

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
    let runtime: LlmRuntime;
    let prepareRequest: typeof import('@/utils/suggest/prepareRequest').prepareRequest;
    try {
      // The redactor, the prompt builder and the SDK load on the first request, not with the panel.
      [runtime, { prepareRequest }] = await Promise.all([
        import('@/utils/suggest/llmRuntime'),
        import('@/utils/suggest/prepareRequest'),
      ]);
    } catch {
      // The extension was updated under the open panel: its old chunks are gone.
      await run(
        context.conversationKey,
        [],
        () => Promise.reject(new Error('runtime')),
        (): LlmErrorKind => 'unknown',
      );
      return;
    }
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
      verse: verseMode ? context.verse : undefined,
    });
    const apiKey = await readSecret(LLM_API_KEY);
    const { createLlmClient, generateSuggestions, generateVerseReplies, classifyLlmError } = runtime;
    const client = createLlmClient(settings, apiKey);
    await run(
      context.conversationKey,
      request.prompt,
      async (signal, onUpdate) => {
        if (verseMode && context.customerPoem) {
          const scored = await generateVerseReplies(client, request, context.customerPoem, {
            model: settings.model,
            temperature: settings.temperature,
            candidates: Math.max(2, settings.alternatives),
            signal,
            onUpdate,
          });
          return scored.map((s) => ({ text: s.text, score: s.score.score, repaired: s.repaired }));
        }
        const texts = await generateSuggestions(client, request, {
          model: settings.model,
          temperature: settings.temperature,
          maxAlternatives: settings.alternatives,
          signal,
          onUpdate,
        });
        return texts.map((text) => ({ text }));
      },
      classifyLlmError,
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
      {context.customerPoem && (
        <label className="check">
          <input
            type="checkbox"
            checked={inVerse}
            onChange={(e) => setInVerse(e.target.checked)}
            data-testid="answer-in-verse"
          />
          {t('answerInVerse')}
        </label>
      )}
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
        {alternatives.map(({ text, score, repaired }, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: alternatives are positions in one answer
          <li key={i} className="suggestion" data-testid="llm-suggestion">
            <p className="suggestion-title">
              {t('alternative', i + 1)}
              {score !== undefined && (
                <span className="verse-score" data-testid="verse-score">
                  {' · '}
                  {t('verseScore', Math.round(score * 100))}
                  {repaired ? ` · ${t('verseRepaired')}` : ''}
                </span>
              )}
            </p>
            <p className="suggestion-text">{text}</p>
            <div className="row">
              <button type="button" className="primary" disabled={streaming} onClick={() => onInsert(text)}>
                {t('insert')}
              </button>
              {score !== undefined && (
                <button
                  type="button"
                  disabled={streaming}
                  onClick={() => setEditing(text)}
                  data-testid="edit-verse"
                >
                  {t('editVerse')}
                </button>
              )}
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
      {editing !== null && context.customerPoem && (
        <Suspense fallback={<p className="muted">{t('loading')}</p>}>
          <VerseEditor
            key={editing}
            customerPoem={context.customerPoem}
            initial={editing}
            onInsert={onInsert}
            onClose={() => setEditing(null)}
          />
        </Suspense>
      )}
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
