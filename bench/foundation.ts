import { Window } from 'happy-dom';
// The demo CRM's own markup functions, so the benchmark reads exactly what the demo renders.
import { cardHtml, conversationHtml, longConversation } from '../demo/markup.js';
import { readConversation } from '../utils/core';
import { type Figures, figure, medianMs } from './figure';

/** A demo CRM page with a 1,000-message conversation, as a happy-dom Document. */
export function demoDocument(messages: number): Document {
  const window = new Window({ url: 'http://127.0.0.1:4173/' });
  const conversation = longConversation(messages);
  window.document.body.innerHTML = `<main class="desk">${conversationHtml(conversation)}${cardHtml(conversation.customer)}
    <form class="reply-form"><textarea id="reply" class="composer"></textarea></form></main>`;
  return window.document as unknown as Document;
}

export function foundationFigures(): Figures {
  const doc = demoDocument(1000);
  const snapshot = readConversation(doc);
  if (snapshot?.messages.length !== 1000) throw new Error('the benchmark page was not read completely');
  return {
    read_1000_messages_ms: figure(
      medianMs(() => readConversation(doc)),
      'ms',
      15,
    ),
  };
}
