import { NewsdeskError } from '../api.ts';
import { msg } from '../i18n/coreMessages.ts';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The portal's base URL without a trailing slash; HTTPS is required except on this machine. */
export function checkPortalUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw NewsdeskError.of(msg('error.sync.badAddress', { url: value }));
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw NewsdeskError.of(msg('error.sync.httpsOnly'));
  }
  if (url.username || url.password) throw NewsdeskError.of(msg('error.sync.credentialsInAddress'));
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** `/jsonapi/node/article` for `node--article`. */
export function resourcePath(resourceType: string): string {
  const [entityType, bundle] = resourceType.split('--');
  return `/jsonapi/${entityType}/${bundle}`;
}
