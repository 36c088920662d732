/**
 * Builds the `window.newsdesk` object from the channel list: one named function per method,
 * each sending its own channel and nothing else, so the page never holds a generic sender.
 */
import { channels, type NewsdeskApi } from '../core/api.ts';
import { unwrapIpcReply } from './ipc-reply.ts';

export type InvokeChannel = (channel: string, ...args: unknown[]) => Promise<unknown>;

type BridgeMethod = (...args: unknown[]) => Promise<unknown>;

export function buildBridgeApi(invokeChannel: InvokeChannel): NewsdeskApi {
  const services: Record<string, Record<string, BridgeMethod>> = {};
  for (const { channel, service, method } of channels) {
    const call: BridgeMethod = async (...args) => unwrapIpcReply(await invokeChannel(channel, ...args));
    Object.defineProperty(call, 'name', { value: method });
    (services[service] ??= {})[method] = call;
  }
  for (const methods of Object.values(services)) Object.freeze(methods);
  return Object.freeze(services) as unknown as NewsdeskApi;
}
