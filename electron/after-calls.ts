/**
 * Lets the shell hear that the page did something it shows outside the page: after an article is
 * opened, saved or restored, or a user signs in or out, the recent-articles menus are read again;
 * after a sign-in, files waiting to be opened are opened; after a language change, menus relabelled.
 */
import { channels, type ChannelName, type NewsdeskApi } from '../core/api.ts';

type Method = (...args: unknown[]) => Promise<unknown>;

/**
 * `api` with `after(channel)` called once each listed call has finished (succeeded or not: a
 * failed sign-in still leaves someone signed out). The result reaches the caller unchanged.
 */
export function withAfterCalls(api: NewsdeskApi, watched: readonly ChannelName[], after: (channel: ChannelName) => void): NewsdeskApi {
  const wrapped: Record<string, Record<string, Method>> = {};
  for (const { channel, service, method } of channels) {
    const methods = api[service] as Record<string, Method>;
    const original = methods[method]!.bind(methods);
    (wrapped[service] ??= {})[method] = watched.includes(channel) ? (...args) => original(...args).finally(() => after(channel)) : original;
  }
  return wrapped as unknown as NewsdeskApi;
}
