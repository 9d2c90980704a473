import type { ReactNode } from 'react';
import { ConversationTab } from '@/components/ConversationTab';
import type { MessageKey } from '@/utils/i18n/catalog';

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
];
