import { ApiCallError, NETWORK_ERROR_CODE } from '../api/ApiCallError.ts';
import type { Translate } from '../i18n/translate.ts';
import { asSentence } from '../../core/model/asSentence.ts';

/** The text to show for a failed call: the server's own message, ours when Newsdesk could not be reached. */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof ApiCallError && error.code === NETWORK_ERROR_CODE) return t('app.networkError');
  return asSentence(error instanceof Error ? error.message : String(error));
}
