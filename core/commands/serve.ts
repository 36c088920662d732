import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NewsdeskError } from '../api.ts';
import { createBridgeServer, listenOnLoopback } from '../bridge/bridgeServer.ts';
import { noExtraArguments, UsageError, type Command } from './command.ts';

export const serveCommand: Command = {
  options: { port: { type: 'string' } },
  async run({ values, positionals, open, appRoot, out, err }) {
    noExtraArguments(positionals, 'serve');
    const port = values.port === undefined ? 4780 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port phải là số từ 0 đến 65535');
    const rendererDir = join(appRoot, 'dist', 'renderer');
    if (!existsSync(join(rendererDir, 'index.html'))) {
      throw new NewsdeskError('giao diện chưa được dựng: hãy chạy "npm run build" trước');
    }
    const newsdesk = await open({ dailyBackup: true });
    const token = randomBytes(24).toString('hex');
    const server = createBridgeServer({ api: newsdesk.api, rendererDir, assetPath: newsdesk.assetPath, token, log: err });
    let url: string;
    try {
      url = await listenOnLoopback(server, port, token);
    } catch (error) {
      throw new NewsdeskError(`không mở được cổng ${port}: ${(error as Error).message}`);
    }
    out(`Newsdesk đang chạy ở chế độ trình duyệt. Mở đường dẫn này trong Chromium hoặc Chrome:\n${url}`);
    await new Promise<void>((resolve) => {
      const stop = () => server.close(() => resolve());
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
};
