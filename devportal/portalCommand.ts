import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NewsdeskError } from '../core/api.ts';
import { generatePassword } from '../core/accounts/passwords.ts';
import { DevPortal } from './DevPortal.ts';
import { noExtraArguments, UsageError, type Command } from '../core/commands/command.ts';

/** `newsdesk portal`: the bundled Drupal-compatible development portal. It never opens the library. */
export const portalCommand: Command = {
  options: { port: { type: 'string' }, store: { type: 'string' }, 'read-only': { type: 'boolean' } },
  async run({ values, positionals, out }) {
    noExtraArguments(positionals, 'portal');
    const port = values.port === undefined ? 4790 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port phải là số từ 0 đến 65535');
    const storeDir = resolve(typeof values.store === 'string' ? values.store : join(tmpdir(), 'newsdesk-dev-portal'));
    const given = process.env.PORTAL_ADMIN_PASSWORD;
    const password = given || generatePassword();
    let portal: DevPortal;
    try {
      portal = await DevPortal.start({ storeDir, users: [{ name: 'admin', password, role: 'administrator' }], readOnly: values['read-only'] === true }, port);
    } catch (error) {
      throw new NewsdeskError(`không mở được cổng thông tin thử nghiệm trên cổng ${port}: ${(error as Error).message}`);
    }
    out(`Cổng thông tin thử nghiệm (Drupal JSON:API) đang chạy: ${portal.origin}`);
    out(`Dữ liệu lưu ở: ${storeDir}`);
    out(`Tài khoản quản trị: admin${given ? ' (mật khẩu từ $PORTAL_ADMIN_PASSWORD)' : `, mật khẩu: ${password}`}`);
    out(portal.store.config.readOnly ? 'JSON:API đang ở chế độ chỉ đọc: bật quyền ghi ở /admin/config/services/jsonapi' : 'JSON:API nhận cả ghi dữ liệu.');
    await new Promise<void>((done) => {
      const stop = () => void portal.close().then(done);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
};
