/** Where the desktop app keeps its newsroom: `--data DIR`, else `$NEWSDESK_DATA`, else the default. */
export function resolveDataDir(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, defaultDir: string): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--data=') && arg.length > '--data='.length) return arg.slice('--data='.length);
    const next = argv[i + 1];
    if (arg === '--data' && next !== undefined && next !== '' && !next.startsWith('--')) return next;
  }
  const fromEnv = env.NEWSDESK_DATA;
  return fromEnv !== undefined && fromEnv !== '' ? fromEnv : defaultDir;
}
