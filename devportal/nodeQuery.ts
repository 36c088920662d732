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
}

/** What a node offers to filters and sorts; `uidOf` turns its owner's name into a user id. */
export interface QueryFields {
  uidOf(name: string): number;
}

const COMPUTED = new Set(['moderation_state']);
const FIELDS = new Set(['status', 'changed', 'created', 'title', 'drupal_internal__nid', 'uid.meta.drupal_internal__target_id', 'uid.id']);

/** The conditions of `filter[...]` query parameters, both the shorthand and the `[condition]` form. */
export function readFilters(params: URLSearchParams): Condition[] {
  const shorthand: Condition[] = [];
  const groups = new Map<string, Partial<Condition>>();
  for (const [key, value] of params) {
    if (!key.startsWith('filter[')) continue;
    const parts = [...key.matchAll(/\[([^\]]*)\]/g)].map((match) => match[1]!);
    if (parts.length === 1) {
      shorthand.push({ path: parts[0]!, operator: '=', value });
      continue;
    }
    if (parts[1] === 'value' || parts[1] === 'operator') {
      // filter[field][value]=… / filter[field][operator]=…
      const group = groups.get(parts[0]!) ?? { path: parts[0]! };
      if (parts[1] === 'value') group.value = value;
      else group.operator = value as Operator;
      groups.set(parts[0]!, group);
      continue;
    }
    if (parts[1] !== 'condition' || parts.length !== 3) throw badFilter(`The filter "${key}" is not valid.`);
    const group = groups.get(parts[0]!) ?? {};
    if (parts[2] === 'path') group.path = value;
    else if (parts[2] === 'operator') group.operator = value as Operator;
    else if (parts[2] === 'value') group.value = value;
    else throw badFilter(`The filter "${key}" is not valid.`);
    groups.set(parts[0]!, group);
  }
  const conditions = [...shorthand];
  for (const group of groups.values()) {
    if (!group.path || group.value === undefined) throw badFilter('A filter condition needs a path and a value.');
    conditions.push({ path: group.path, operator: group.operator ?? '=', value: group.value });
  }
  for (const condition of conditions) {
    if (COMPUTED.has(condition.path)) throw badFilter(`Filtering on the computed field "${condition.path}" is not supported.`);
    if (!FIELDS.has(condition.path)) throw badFilter(`Invalid nested filtering. The field \`${condition.path}\`, given in the path \`${condition.path}\`, does not exist.`);
    if (!OPERATORS.has(condition.operator)) throw badFilter(`The operator "${condition.operator}" is not supported.`);
  }
  return conditions;
}

export function matches(node: StoredNode, conditions: Condition[], fields: QueryFields & { uuidOf(name: string): string }): boolean {
  return conditions.every((condition) => compare(valueOf(node, condition.path, fields), condition.operator, condition.value));
}

/** `sort=changed,-drupal_internal__nid`: a sort on a computed field is refused as Drupal does. */
export function sorter(sort: string | null, fields: QueryFields & { uuidOf(name: string): string }): (a: StoredNode, b: StoredNode) => number {
  const keys = (sort ?? 'drupal_internal__nid').split(',').map((key) => key.trim()).filter(Boolean);
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

function valueOf(node: StoredNode, path: string, fields: QueryFields & { uuidOf(name: string): string }): number | string {
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
