import browser, { type Runtime } from './browser.ts';
import type {
  BackgroundToPages,
  ContentToBackground,
  Envelope,
  PageToBackground,
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

/** Messages from a page come from a tab (a content script, or the demo article's page). */
export const fromTab = (sender: Runtime.MessageSender) => sender.tab?.id !== undefined;
/**
 * The extension's own pages (popup, side panel, options), wherever they are
 * shown: a side panel has no tab, the panel's page opened in a tab has one,
 * so the page's address is what tells them from a content script.
 */
export const fromExtensionPage = (sender: Runtime.MessageSender) =>
  sender.url?.startsWith(browser.runtime.getURL('')) ?? false;

/** One message to the background, typed by the direction `M` it belongs to. */
async function sendRuntime<M, K extends keyof M & string>(
  type: K,
  payload: PayloadOf<M, K>,
): Promise<ReplyOf<M, K>> {
  const envelope = { backstory: 1, type, payload };
  return unwrap(await browser.runtime.sendMessage(envelope), type);
}

export const sendToBackground = <K extends keyof ContentToBackground>(
  type: K,
  payload: PayloadOf<ContentToBackground, K>,
) => sendRuntime<ContentToBackground, K>(type, payload);

export const sendFromPage = <K extends keyof PageToBackground>(
  type: K,
  payload: PayloadOf<PageToBackground, K>,
) => sendRuntime<PageToBackground, K>(type, payload);

/** Tells every open extension page; none being open is no error. */
export async function broadcastToPages<K extends keyof BackgroundToPages>(
  type: K,
  payload: PayloadOf<BackgroundToPages, K>,
): Promise<void> {
  const envelope = { backstory: 1, type, payload };
  await browser.runtime.sendMessage(envelope).catch(() => {});
}

export async function sendToTab<K extends keyof ToContent>(
  tabId: number,
  type: K,
  payload: PayloadOf<ToContent, K>,
): Promise<ReplyOf<ToContent, K>> {
  const envelope = { backstory: 1, type, payload };
  return unwrap(await browser.tabs.sendMessage(tabId, envelope), type);
}
