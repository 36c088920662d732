import { NewsdeskError } from '../api.ts';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The portal's base URL without a trailing slash; HTTPS is required except on this machine. */
export function checkPortalUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new NewsdeskError(`địa chỉ cổng thông tin "${value}" không hợp lệ (ví dụ: https://cong.tinh.gov.vn)`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw new NewsdeskError('cổng thông tin phải dùng https:// (chỉ localhost và 127.0.0.1 mới được dùng http://)');
  }
  if (url.username || url.password) throw new NewsdeskError('không ghi tên đăng nhập hay mật khẩu vào địa chỉ cổng thông tin');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** `/jsonapi/node/article` for `node--article`. */
export function resourcePath(resourceType: string): string {
  const [entityType, bundle] = resourceType.split('--');
  return `/jsonapi/${entityType}/${bundle}`;
}
