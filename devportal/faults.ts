/**
 * Failures the development portal can be told to simulate, for tests only (the CLI never sets
 * any): answer 503 or 500 before doing the work, drop the connection before reading the request,
 * do the work and then drop the answer, or do the work and answer too late.
 */
export type Fault =
  | { kind: 'status'; status: 500 | 503; retryAfter?: number }
  | { kind: 'reset' }
  | { kind: 'drop-after-commit' }
  | { kind: 'delay-after-commit'; ms: number };

export interface FaultRule {
  method?: string;
  /** The request path (query string excluded); a final `*` matches any rest. */
  path?: string;
  fault: Fault;
  /** Let this many matching requests through first. */
  skip?: number;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** Fail one matching request in this many (default 1: each one). */
  every?: number;
}

export class FaultPlan {
  private readonly rules: Array<FaultRule & { seen: number; fired: number }> = [];

  add(rule: FaultRule): this {
    this.rules.push({ ...rule, seen: 0, fired: 0 });
    return this;
  }

  /** How many requests have failed on purpose so far. */
  get fired(): number {
    return this.rules.reduce((sum, rule) => sum + rule.fired, 0);
  }

  /** The fault for this request, if a rule picks it; each rule counts the requests it matches. */
  take(method: string, path: string): Fault | null {
    for (const rule of this.rules) {
      if (rule.method && rule.method !== method) continue;
      if (rule.path && !(rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path)) continue;
      rule.seen++;
      const counted = rule.seen - (rule.skip ?? 0);
      if (counted <= 0 || rule.fired >= (rule.times ?? 1) || (counted - 1) % (rule.every ?? 1) !== 0) continue;
      rule.fired++;
      return rule.fault;
    }
    return null;
  }
}
