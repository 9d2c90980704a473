import { defineBackground } from '#imports';
import { setupConversationRelay } from '@/utils/background/setupConversationRelay';
import { setupCrmSites } from '@/utils/background/setupCrmSites';
import { setupPackUpdates } from '@/utils/background/setupPackUpdates';
import { setupReminders } from '@/utils/background/setupReminders';
import { setupSidePanel } from '@/utils/background/setupSidePanel';
import { setupTemplatePicker } from '@/utils/background/setupTemplatePicker';

export default defineBackground(() => {
  setupSidePanel();
  setupConversationRelay();
  setupPackUpdates();
  setupTemplatePicker();
  setupReminders();
  setupCrmSites();
});
