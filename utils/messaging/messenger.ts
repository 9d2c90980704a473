import { browser } from 'wxt/browser';
import { type DataOf, envelopeSchema, type MessageType, protocol, type ResponseOf } from './protocol';

const ERROR_KEY = '__suflerError';

export interface Sender {
  tabId?: number;
  frameId?: number;
  url?: string;
}

/** Sends to the extension (no tabId) or to a tab's content script; validates the answer. */
export async function sendMessage<T extends MessageType>(
  type: T,
  data: DataOf<T>,
  tabId?: number,
): Promise<ResponseOf<T>> {
  const envelope = { sufler: 1 as const, type, data };
  const raw: unknown =
    tabId === undefined
      ? await browser.runtime.sendMessage(envelope)
      : await browser.tabs.sendMessage(tabId, envelope, { frameId: 0 });
  if (raw && typeof raw === 'object' && ERROR_KEY in raw) throw new Error(String(raw[ERROR_KEY]));
  return protocol[type].response.parse(raw ?? null) as ResponseOf<T>;
}

type Handler<T extends MessageType> = (
  data: ReturnType<Protocol[T]['data']['parse']>,
  sender: Sender,
) => ResponseOf<T> | Promise<ResponseOf<T>>;
type Protocol = typeof protocol;

/**
 * Handles one message type. The payload is parsed with its schema first: a malformed message
 * (e.g. from a compromised page) is answered with an error and never reaches the handler.
 * Returns a function that removes the listener.
 */
export function onMessage<T extends MessageType>(type: T, handler: Handler<T>): () => void {
  const listener = (
    message: unknown,
    sender: { tab?: { id?: number }; frameId?: number; url?: string },
    sendResponse?: (response: unknown) => void,
  ) => {
    const envelope = envelopeSchema.safeParse(message);
    if (!envelope.success || envelope.data.type !== type) return undefined;
    const parsed = protocol[type].data.safeParse(envelope.data.data);
    const from: Sender = { tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url };
    let result: Promise<unknown>;
    if (!parsed.success) {
      result = Promise.reject(new Error(`invalid ${type} message: ${parsed.error.issues[0]?.message}`));
    } else {
      // Called synchronously: a user gesture (needed by sidePanel.open) lasts only for this dispatch.
      try {
        result = Promise.resolve(handler(parsed.data as ReturnType<Protocol[T]['data']['parse']>, from));
      } catch (error) {
        result = Promise.reject(error);
      }
    }
    if (typeof sendResponse !== 'function') return result;
    // Chrome: answer through sendResponse and keep the channel open; errors travel as data.
    result.then(
      (value) => sendResponse(value ?? null),
      (error: unknown) =>
        sendResponse({ [ERROR_KEY]: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
