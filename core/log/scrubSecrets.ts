/** Keys whose values never reach a log file, at any depth, whatever their case or spelling around them. */
const SECRET_KEY = /pass(word|wd|phrase)?|token|secret|cookie|authori[sz]ation|api[-_]?key|credential|private[-_]?key/i;
export const SCRUBBED = '[scrubbed]';
const MAX_DEPTH = 8;
const MAX_STRING = 2_000;

/**
 * A copy of `value` fit for a log line: values under secret-looking keys replaced, errors reduced to
 * name, message and code (a stack can carry a URL with credentials, and is long), passwords in
 * URLs removed, cycles and deep nesting cut, long strings shortened.
 */
export function scrubSecrets(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return scrubString(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[cycle]';
  if (depth >= MAX_DEPTH) return '[too deep]';
  seen.add(value);
  if (value instanceof Error) {
    const code = (value as NodeJS.ErrnoException).code;
    return { name: value.name, message: scrubString(value.message), ...(code ? { code } : {}) };
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
  if (Array.isArray(value)) return value.map((item) => scrubSecrets(item, depth + 1, seen));
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    copy[key] = SECRET_KEY.test(key) ? SCRUBBED : scrubSecrets(inner, depth + 1, seen);
  }
  return copy;
}

/** `https://user:pass@host/` → `https://user:[scrubbed]@host/`; shortened past a couple of thousand characters. */
function scrubString(text: string): string {
  const withoutUrlPasswords = text.replace(/\b([a-z][a-z0-9+.-]*:\/\/[^\s/:@]*):[^\s/@]*@/gi, `$1:${SCRUBBED}@`);
  return withoutUrlPasswords.length > MAX_STRING ? `${withoutUrlPasswords.slice(0, MAX_STRING)}…` : withoutUrlPasswords;
}
