import type { DemoConversation } from './markup';
export const conversations: DemoConversation[];
export const operatorName: string;
