// Types for the demo's plain-JS markup module, so TypeScript tests and benchmarks can use it.
export interface DemoMessage {
  id: string;
  role: 'customer' | 'operator' | 'system';
  author?: string;
  text: string;
  time: string;
}
export interface DemoCustomer {
  name: string;
  phone: string;
  tariff: string;
  balance: string;
  crmId: string;
  city: string;
  email?: string;
}
export interface DemoConversation {
  id: string;
  channel: string;
  customer: DemoCustomer;
  messages: DemoMessage[];
  pending?: Omit<DemoMessage, 'role' | 'author'>[];
}
export function messageHtml(message: DemoMessage): string;
export function conversationHtml(conversation: DemoConversation): string;
export function cardHtml(customer: DemoCustomer): string;
export function queueHtml(conversations: DemoConversation[], activeId: string): string;
export function longConversation(n: number): DemoConversation;
export function clockOf(iso: string): string;
