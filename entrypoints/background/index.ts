import { defineBackground } from '#imports';
import { setupConversationRelay } from '@/utils/background/setupConversationRelay';
import { setupSidePanel } from '@/utils/background/setupSidePanel';

export default defineBackground(() => {
  setupSidePanel();
  setupConversationRelay();
});
