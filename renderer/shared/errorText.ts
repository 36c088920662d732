import { ApiCallError, NETWORK_ERROR_CODE } from '../api/ApiCallError.ts';
import type { Params, Translate } from '../i18n/translate.ts';
import { asSentence } from '../../core/model/asSentence.ts';
import { isCoreMessageKey } from '../../core/i18n/coreMessages.ts';

/**
 * The text to show for a failed call: a catalogued core message in the reader's language, else the
 * server's own message; ours when Newsdesk could not be reached.
 */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof ApiCallError && error.code === NETWORK_ERROR_CODE) return t('app.networkError');
  const { key, params } = (error ?? {}) as { key?: unknown; params?: unknown };
  if (isCoreMessageKey(key)) return asSentence(t(key, (params ?? undefined) as Params | undefined));
  return asSentence(error instanceof Error ? error.message : String(error));
}
