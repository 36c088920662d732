import type { StoredNode } from './PortalStore.ts';
import { PortalRefusal } from './reply.ts';

/** Drupal's largest page: `page[limit]` above it is cut down to it. */
export const PAGE_LIMIT = 50;

type Operator = '=' | '<>' | '>' | '>=' | '<' | '<=';
const OPERATORS = new Set<string>(['=', '<>', '>', '>=', '<', '<=']);

interface Condition {
  path: string;
  operator: Operator;
  value: string;
  /** The group this condition belongs to; none: the top level (AND). */
  memberOf?: string;
}

interface Group {
  conjunction: 'AND' | 'OR';
  memberOf?: string;
}

/** The parsed `filter[...]` parameters: conditions, and the named groups they belong to. */
export interface NodeFilter {
  conditions: Condition[];
  groups: Map<string, Group>;
}

/** What a node offers to filters and sorts: its owner's user id and UUID. */
export interface QueryFields {
  uidOf(name: string): number;
  uuidOf(name: string): string;
}

const COMPUTED = new Set(['moderation_state']);
const FIELDS = new Set(['status', 'changed', 'created', 'title', 'drupal_internal__nid', 'uid.meta.drupal_internal__target_id', 'uid.id']);

/** The `filter[...]` query parameters: the shorthand `filter[field]=value`, `[condition]` and `[group]` forms. */
export function readFilters(params: URLSearchParams): NodeFilter {
  const shorthand: Condition[] = [];
  const named = new Map<string, Partial<Condition>>();
  const groups = new Map<string, Group>();
  for (const [key, value] of params) {
    if (!key.startsWith('filter[')) continue;
    const parts = [...key.matchAll(/\[([^\]]*)\]/g)].map((match) => match[1]!);
    const name = parts[0]!;
    if (parts.length === 1) {
      shorthand.push({ path: name, operator: '=', value });
      continue;
    }
    if (parts.length === 2 && (parts[1] === 'value' || parts[1] === 'operator')) {
      const condition = named.get(name) ?? { path: name };
      if (parts[1] === 'value') condition.value = value;
      else condition.operator = value as Operator;
      named.set(name, condition);
      continue;
    }
    if (parts.length === 3 && parts[1] === 'group') {
      const group = groups.get(name) ?? { conjunction: 'AND' };
      if (parts[2] === 'conjunction') {
        if (value !== 'AND' && value !== 'OR') throw badFilter(`The conjunction "${value}" is not valid: AND or OR.`);
        group.conjunction = value;
      } else if (parts[2] === 'memberOf') group.memberOf = value;
      else throw badFilter(`The filter "${key}" is not valid.`);
      groups.set(name, group);
      continue;
    }
    if (parts.length !== 3 || parts[1] !== 'condition') throw badFilter(`The filter "${key}" is not valid.`);
    const condition = named.get(name) ?? {};
    if (parts[2] === 'path') condition.path = value;
    else if (parts[2] === 'operator') condition.operator = value as Operator;
    else if (parts[2] === 'value') condition.value = value;
    else if (parts[2] === 'memberOf') condition.memberOf = value;
    else throw badFilter(`The filter "${key}" is not valid.`);
    named.set(name, condition);
  }
  const conditions = [...shorthand];
  for (const condition of named.values()) {
    if (!condition.path || condition.value === undefined) throw badFilter('A filter condition needs a path and a value.');
    conditions.push({
      path: condition.path,
      operator: condition.operator ?? '=',
      value: condition.value,
      ...(condition.memberOf ? { memberOf: condition.memberOf } : {}),
    });
  }
  for (const condition of conditions) {
    if (COMPUTED.has(condition.path)) throw badFilter(`Filtering on the computed field "${condition.path}" is not supported.`);
    if (!FIELDS.has(condition.path))
      throw badFilter(
        `Invalid nested filtering. The field \`${condition.path}\`, given in the path \`${condition.path}\`, does not exist.`,
      );
    if (!OPERATORS.has(condition.operator)) throw badFilter(`The operator "${condition.operator}" is not supported.`);
    if (condition.memberOf && !groups.has(condition.memberOf)) throw badFilter(`The filter group "${condition.memberOf}" does not exist.`);
  }
  return { conditions, groups };
}

export function matches(node: StoredNode, filter: NodeFilter, fields: QueryFields): boolean {
  const holds = (group: string | undefined): boolean => {
    const conjunction = group ? filter.groups.get(group)!.conjunction : 'AND';
    const results = [
      ...filter.conditions.filter((c) => c.memberOf === group).map((c) => compare(valueOf(node, c.path, fields), c.operator, c.value)),
      ...[...filter.groups].filter(([, g]) => g.memberOf === group).map(([name]) => holds(name)),
    ];
    return conjunction === 'OR' ? results.length === 0 || results.some(Boolean) : results.every(Boolean);
  };
  return holds(undefined);
}

/** `sort=changed,-drupal_internal__nid`: a sort on a computed field is refused as Drupal does. */
export function sorter(sort: string | null, fields: QueryFields): (a: StoredNode, b: StoredNode) => number {
  const keys = (sort ?? 'drupal_internal__nid')
    .split(',')
    .map((key) => key.trim())
    .filter(Boolean);
  for (const key of keys) {
    const path = key.replace(/^-/, '');
    if (COMPUTED.has(path)) throw badFilter(`Sorting on the computed field "${path}" is not supported.`);
    if (!FIELDS.has(path)) throw badFilter(`Invalid nested sorting. The field \`${path}\` does not exist.`);
  }
  return (a, b) => {
    for (const key of keys) {
      const direction = key.startsWith('-') ? -1 : 1;
      const path = key.replace(/^-/, '');
      const left = valueOf(a, path, fields);
      const right = valueOf(b, path, fields);
      if (left < right) return -direction;
      if (left > right) return direction;
    }
    return a.nid - b.nid;
  };
}

/** `page[offset]` and `page[limit]` (at most 50). */
export function readPage(params: URLSearchParams): { offset: number; limit: number } {
  const offset = Math.max(0, Math.floor(Number(params.get('page[offset]') ?? 0)) || 0);
  const limit = Math.min(PAGE_LIMIT, Math.max(1, Math.floor(Number(params.get('page[limit]') ?? PAGE_LIMIT)) || PAGE_LIMIT));
  return { offset, limit };
}

function valueOf(node: StoredNode, path: string, fields: QueryFields): number | string {
  const revision = node.current;
  switch (path) {
    case 'status':
      return revision.status ? 1 : 0;
    case 'changed':
      return Date.parse(revision.changed) / 1000;
    case 'created':
      return Date.parse(node.created) / 1000;
    case 'title':
      return revision.title;
    case 'drupal_internal__nid':
      return node.nid;
    case 'uid.meta.drupal_internal__target_id':
      return fields.uidOf(node.owner);
    case 'uid.id':
      return fields.uuidOf(node.owner);
    default:
      return '';
  }
}

function compare(actual: number | string, operator: Operator, given: string): boolean {
  let expected: number | string = given;
  if (typeof actual === 'number') {
    if (given === 'true' || given === 'false') expected = given === 'true' ? 1 : 0;
    else expected = /^-?\d+(\.\d+)?$/.test(given) ? Number(given) : Date.parse(given) / 1000;
  }
  switch (operator) {
    case '=':
      return actual === expected;
    case '<>':
      return actual !== expected;
    case '>':
      return actual > expected;
    case '>=':
      return actual >= expected;
    case '<':
      return actual < expected;
    case '<=':
      return actual <= expected;
  }
}

function badFilter(detail: string): PortalRefusal {
  return new PortalRefusal(400, detail);
}
