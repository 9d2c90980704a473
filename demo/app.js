// The demo CRM's behaviour: SPA routing by hash, live messages, the composer.
// All markup comes from markup.js trees rendered with toDom (text nodes only, no innerHTML),
// so the page's DOM equals what markup.js produces as HTML.
import { operatorName, conversations as seed } from './conversations.js';
import { cardTree, conversationTree, longConversation, messageTree, queueTree } from './markup.js';
import { toDom } from './tree.js';

const STORE_KEY = 'signal-demo:v1';
const MAX_LONG = 50000;

/** @returns {Record<string, { appended: any[], received: number }>} */
function loadStore() {
  try {
    const parsed = JSON.parse(sessionStorage.getItem(STORE_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? parsed : {};
  } catch {
    return {};
  }
}

const store = loadStore();

function saveStore() {
  try {
    sessionStorage.setItem(STORE_KEY, JSON.stringify(store));
  } catch {
    // Storage may be full or disabled; the demo keeps working in memory.
  }
}

function entryFor(id) {
  store[id] ??= { appended: [], received: 0 };
  return store[id];
}

// Working copies: seed data plus what was sent/received in this tab (restored after a reload).
const conversations = seed.map((c) => {
  const saved = store[c.id] ?? { appended: [], received: 0 };
  return {
    ...c,
    messages: [...c.messages, ...saved.appended],
    pending: (c.pending ?? []).slice(saved.received),
  };
});

function byId(id) {
  return conversations.find((c) => c.id === id);
}

function idFromHash() {
  const match = /^#\/c\/(.+)$/.exec(location.hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1] ?? '');
  } catch {
    return null;
  }
}

/** The conversation the hash names, else the first one. */
function resolveConversation() {
  return byId(idFromHash() ?? '') ?? conversations[0];
}

// ?long=N fills the conversation open at load with N messages (performance tests).
const longCount = Math.min(
  MAX_LONG,
  Number.parseInt(new URLSearchParams(location.search).get('long') ?? '', 10),
);
if (longCount > 0) {
  const target = resolveConversation();
  const saved = store[target.id]?.appended ?? [];
  target.messages = [
    ...longConversation(longCount).messages.map((m) =>
      m.role === 'customer' ? { ...m, author: target.customer.name } : m,
    ),
    ...saved,
  ];
}

const composer = /** @type {HTMLTextAreaElement} */ (document.getElementById('reply'));
const counter = /** @type {HTMLElement} */ (document.getElementById('reply-counter'));
const form = /** @type {HTMLFormElement} */ (document.querySelector('form.reply-form'));
const receiveButton = /** @type {HTMLButtonElement} */ (document.getElementById('receive-next'));
const queueCount = document.getElementById('queue-count');

/** Drafts per conversation, so switching conversations keeps what the operator typed. */
const drafts = new Map();
let currentId = '';

window.__sentMessages = Array.isArray(window.__sentMessages) ? window.__sentMessages : [];

function replaceWithTree(selector, tree) {
  const old = document.querySelector(selector);
  const fresh = toDom(tree, document);
  if (old) old.replaceWith(fresh);
  return fresh;
}

function renderQueue() {
  const focusedId = document.activeElement?.closest?.('.queue-item')?.getAttribute('data-conversation-id');
  const nav = /** @type {HTMLElement} */ (replaceWithTree('nav.queue', queueTree(conversations, currentId)));
  if (focusedId) nav.querySelector(`.queue-item[data-conversation-id="${CSS.escape(focusedId)}"] a`)?.focus();
  if (queueCount) queueCount.textContent = String(conversations.length);
}

function updateCounter() {
  counter.textContent = String(composer.value.length);
}

function updateReceiveButton() {
  receiveButton.disabled = (byId(currentId)?.pending.length ?? 0) === 0;
}

function scrollLogToEnd() {
  const log = document.querySelector('section.chat .chat-log');
  if (log) log.scrollTop = log.scrollHeight;
}

/** Replaces the whole chat section and card (readers must cope with SPA re-rendering). */
function render(id) {
  const conversation = byId(id) ?? conversations[0];
  currentId = conversation.id;
  replaceWithTree('section.chat', conversationTree(conversation));
  replaceWithTree('aside.customer-card', cardTree(conversation.customer));
  renderQueue();
  composer.value = drafts.get(currentId) ?? '';
  updateCounter();
  updateReceiveButton();
  scrollLogToEnd();
}

function append(conversation, message) {
  conversation.messages.push(message);
  if (conversation.id === currentId) {
    document.querySelector('section.chat .chat-log')?.appendChild(toDom(messageTree(message), document));
    scrollLogToEnd();
  }
  renderQueue();
}

/** Local time with its UTC offset, the same shape as the data's times. */
function nowIso() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T` +
    `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

function newMessageId() {
  return (
    globalThis.crypto?.randomUUID?.() ??
    `op-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  );
}

function send() {
  const conversation = byId(currentId);
  const text = composer.value.replace(/\s+$/, '');
  if (!conversation || text.trim() === '') return null;
  const message = { id: newMessageId(), role: 'operator', author: operatorName, text, time: nowIso() };
  append(conversation, message);
  entryFor(conversation.id).appended.push(message);
  saveStore();
  composer.value = '';
  drafts.set(conversation.id, '');
  updateCounter();
  window.__sentMessages.push(message.id);
  return message.id;
}

/** Appends the next scripted customer message of the active conversation; null when none is left. */
function receiveNext() {
  const conversation = byId(currentId);
  const next = conversation?.pending.shift();
  if (!conversation || !next) return null;
  const message = { ...next, role: 'customer', author: conversation.customer.name };
  append(conversation, message);
  const entry = entryFor(conversation.id);
  entry.appended.push(message);
  entry.received += 1;
  saveStore();
  updateReceiveButton();
  return message.id;
}

/** Opens a conversation at once (and moves the hash, whose hashchange then finds nothing to do). */
function openConversation(id) {
  if (!byId(id)) return false;
  const hash = `#/c/${encodeURIComponent(id)}`;
  if (location.hash !== hash) location.hash = hash;
  if (currentId !== id) render(id);
  return true;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  send();
});
composer.addEventListener('keydown', (event) => {
  // Ctrl+Enter sends; plain Enter is a new line, so nothing is ever sent by a stray newline.
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    form.requestSubmit();
  }
});
composer.addEventListener('input', () => {
  drafts.set(currentId, composer.value);
  updateCounter();
});
receiveButton.addEventListener('click', () => receiveNext());
window.addEventListener('hashchange', () => {
  const target = resolveConversation();
  if (target.id !== currentId) render(target.id);
});

window.demo = { receiveNext, openConversation };
render(resolveConversation().id);
