import browser, { type Runtime } from './browser.ts';
import type {
  ContentToBackground,
  Envelope,
  PayloadOf,
  ReplyOf,
  Result,
  ToContent,
} from './protocol.ts';

type Handlers<M> = {
  [K in keyof M]: (
    payload: PayloadOf<M, K>,
    sender: Runtime.MessageSender,
  ) => ReplyOf<M, K> | Promise<ReplyOf<M, K>>;
};

function isEnvelope(message: unknown): message is Envelope<Record<string, unknown>, string> {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { backstory?: unknown }).backstory === 1 &&
    typeof (message as { type?: unknown }).type === 'string'
  );
}

function unwrap<T>(result: Result<T> | undefined, type: string): T {
  if (!result) throw new Error(`No reply to ${type}`);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/**
 * Answers messages of one direction. `accept` sees the sender first: a
 * context only obeys the parts of the extension meant to talk to it.
 */
export function handleMessages<M>(
  handlers: Handlers<M>,
  accept: (sender: Runtime.MessageSender) => boolean,
): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender) => {
    if (!isEnvelope(message) || sender.id !== browser.runtime.id || !accept(sender)) return;
    const handler = (handlers as Record<string, Handlers<M>[keyof M]>)[message.type];
    if (!handler) return;
    return Promise.resolve()
      .then(() => handler(message.payload as never, sender))
      .then(
        (value): Result<unknown> => ({ ok: true, value }),
        (error: unknown): Result<unknown> => ({
          ok: false,
          error: String(error instanceof Error ? error.message : error),
        }),
      );
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * Whether the sender is one of the extension's own pages (the popup, the
 * options page, the background), told by its address: the popup or a side
 * panel may well run in a tab, so having a tab says nothing.
 */
export const fromExtensionPage = (sender: Runtime.MessageSender) =>
  sender.url?.startsWith(browser.runtime.getURL('/')) === true;
/** Content scripts: a sender in a tab that is not one of the extension's own pages. */
export const fromTab = (sender: Runtime.MessageSender) =>
  sender.tab?.id !== undefined && !fromExtensionPage(sender);

export async function sendToBackground<K extends keyof ContentToBackground>(
  type: K,
  payload: PayloadOf<ContentToBackground, K>,
): Promise<ReplyOf<ContentToBackground, K>> {
  const envelope = { backstory: 1, type, payload };
  return unwrap(await browser.runtime.sendMessage(envelope), type);
}

export async function sendToTab<K extends keyof ToContent>(
  tabId: number,
  type: K,
  payload: PayloadOf<ToContent, K>,
): Promise<ReplyOf<ToContent, K>> {
  const envelope = { backstory: 1, type, payload };
  return unwrap(await browser.tabs.sendMessage(tabId, envelope), type);
}
