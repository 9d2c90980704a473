import { lazy, type ReactNode, Suspense } from 'react';
import { ConversationTab } from '@/components/ConversationTab';
import type { MessageKey } from '@/utils/i18n/catalog';
import { t } from '@/utils/i18n/t';

// The conversation opens instantly; the other tabs (search index, date parsing, pack
// validation) load when first shown.
const TemplatesTab = lazy(() =>
  import('@/components/templates/TemplatesTab').then((m) => ({ default: m.TemplatesTab })),
);
const MemoryTab = lazy(() => import('@/components/memory/MemoryTab').then((m) => ({ default: m.MemoryTab })));
const loading = <p className="muted">{t('loading')}</p>;

export interface PanelTab {
  id: string;
  label: MessageKey;
  render: (props: { onInsert: (text: string) => void }) => ReactNode;
}

/** The panel's tabs, in order. A feature adds its tab here. */
export const panelTabs: PanelTab[] = [
  {
    id: 'conversation',
    label: 'tabConversation',
    render: ({ onInsert }) => <ConversationTab onInsert={onInsert} />,
  },
  {
    id: 'templates',
    label: 'tabTemplates',
    render: ({ onInsert }) => (
      <Suspense fallback={loading}>
        <TemplatesTab onInsert={onInsert} />
      </Suspense>
    ),
  },
  {
    id: 'memory',
    label: 'tabMemory',
    render: ({ onInsert }) => (
      <Suspense fallback={loading}>
        <MemoryTab onInsert={onInsert} />
      </Suspense>
    ),
  },
];
