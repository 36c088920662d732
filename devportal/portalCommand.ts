import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NewsdeskError } from '../core/api.ts';
import { generatePassword } from '../core/accounts/passwords.ts';
import { DevPortal } from './DevPortal.ts';
import { PORTAL_ROLES, type PortalRole } from './moderation.ts';
import type { PortalUser } from './portalAuth.ts';
import { noExtraArguments, UsageError, type Command } from '../core/commands/command.ts';
import { msg } from '../core/i18n/coreMessages.ts';

/** `newsdesk portal`: the bundled Drupal-compatible development portal. It never opens the library. */
export const portalCommand: Command = {
  options: {
    port: { type: 'string' },
    store: { type: 'string' },
    'read-only': { type: 'boolean' },
    user: { type: 'string', multiple: true },
  },
  async run({ values, positionals, out }) {
    noExtraArguments(positionals, 'portal');
    const port = values.port === undefined ? 4790 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(msg('error.usage.port'));
    const storeDir = resolve(typeof values.store === 'string' ? values.store : join(tmpdir(), 'newsdesk-dev-portal'));
    const given = process.env.PORTAL_ADMIN_PASSWORD;
    const password = given || generatePassword();
    const accounts = ((values.user as string[] | undefined) ?? []).map(readAccount);
    const users: PortalUser[] = [{ name: 'admin', password, role: 'administrator' }, ...accounts.map((account) => account.user)];
    let portal: DevPortal;
    try {
      portal = await DevPortal.start({ storeDir, users, readOnly: values['read-only'] === true }, port);
    } catch (error) {
      throw NewsdeskError.of(msg('error.cli.cannotListen', { port: String(port), reason: (error as Error).message }));
    }
    out(`Cổng thông tin thử nghiệm (Drupal JSON:API) đang chạy: ${portal.origin}`);
    out(`Dữ liệu lưu ở: ${storeDir}`);
    out(`Tài khoản quản trị: admin${given ? ' (mật khẩu từ $PORTAL_ADMIN_PASSWORD)' : `, mật khẩu: ${password}`}`);
    for (const { user, generated } of accounts)
      out(`Tài khoản ${user.name} (${user.role})${generated ? `, mật khẩu: ${user.password}` : ''}`);
    out(
      portal.store.config.readOnly
        ? 'JSON:API đang ở chế độ chỉ đọc: bật quyền ghi ở /admin/config/services/jsonapi'
        : 'JSON:API nhận cả ghi dữ liệu.',
    );
    await new Promise<void>((done) => {
      const stop = () => void portal.close().then(done);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
};

/**
 * `--user NAME:PASSWORD:ROLE`; with the password left empty (`NAME::ROLE`) it is read from
 * `$PORTAL_PASSWORD_<NAME>` (upper case), else one is generated and printed once.
 */
function readAccount(spec: string): { user: PortalUser; generated: boolean } {
  const [name = '', given = '', role = ''] = spec.split(':');
  if (!/^[a-z0-9_.-]{1,60}$/i.test(name)) throw new UsageError(msg('error.usage.portalUserName', { spec }));
  if (!(PORTAL_ROLES as readonly string[]).includes(role))
    throw new UsageError(msg('error.usage.portalUserRole', { spec, roles: PORTAL_ROLES.join(', ') }));
  const fromEnvironment = process.env[`PORTAL_PASSWORD_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`];
  const password = given || fromEnvironment || generatePassword();
  return { user: { name, password, role: role as PortalRole }, generated: !given && !fromEnvironment };
}
