import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NewsdeskError } from '../api.ts';
import { createBridgeServer, listenOnLoopback, type RefusalReason } from '../bridge/bridgeServer.ts';
import { noExtraArguments, UsageError, type Command } from './command.ts';
import { coreText, msg } from '../i18n/coreMessages.ts';

const REFUSALS: Record<RefusalReason, string> = {
  host: 'foreign Host header',
  token: 'missing or wrong token',
  origin: 'call from another origin',
};

export const serveCommand: Command = {
  options: { port: { type: 'string' } },
  async run({ values, positionals, open, appRoot, language, out, err }) {
    noExtraArguments(positionals, 'serve');
    const port = values.port === undefined ? 4780 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(msg('error.usage.port'));
    const rendererDir = join(appRoot, 'dist', 'renderer');
    if (!existsSync(join(rendererDir, 'index.html'))) {
      throw NewsdeskError.of(msg('error.cli.notBuilt'));
    }
    const newsdesk = await open({ dailyBackup: true });
    const token = randomBytes(24).toString('hex');
    const { log } = newsdesk;
    const server = createBridgeServer({
      api: newsdesk.api,
      rendererDir,
      assetPath: newsdesk.assetPath,
      token,
      log: (message) => {
        err(message);
        log.error('bridge error', { message });
      },
      refused: (reason, details) => log.warn(`bridge refused a request: ${REFUSALS[reason]}`, details),
    });
    let url: string;
    try {
      url = await listenOnLoopback(server, port, token);
    } catch (error) {
      log.error('browser mode could not start', { port, error });
      throw NewsdeskError.of(msg('error.cli.cannotListen', { port: String(port), reason: (error as Error).message }));
    }
    // The entry link holds the token: the log gets the address without it.
    log.info('browser mode started', { address: new URL(url).origin });
    out(coreText(language, msg('cli.serve.running', { url })));
    await new Promise<void>((resolve) => {
      const stop = () => server.close(() => resolve());
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    log.info('browser mode stopped');
  },
};
