import { useMemo } from 'react';
import { checkDraft } from '@/utils/analysis/checkDraft';
import type { ConversationSnapshot } from '@/utils/conversation/types';
import { getLocale, t } from '@/utils/i18n/t';

/** Gentle hints on the operator's own draft in the CRM reply box; never blocking. */
export function DraftHints({
  draft,
  messages,
}: {
  draft: string;
  messages: ConversationSnapshot['messages'];
}) {
  const check = useMemo(
    () => (draft.trim().length >= 15 ? checkDraft(draft, { messages, subscriber: {} }) : null),
    [draft, messages],
  );
  if (!check || check.hints.length === 0) return null;
  const locale = getLocale();
  return (
    <section className="card hints" data-testid="draft-hints">
      <h3>{t('draftHintsTitle')}</h3>
      <ul>
        {check.hints.map((h) => (
          <li key={h.kind}>{h.message[locale]}</li>
        ))}
      </ul>
    </section>
  );
}
