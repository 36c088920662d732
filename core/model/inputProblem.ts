import type { z } from 'zod';
import { isCoreMessageKey, msg, type CoreMessage, type CoreMessageKey } from '../i18n/coreMessages.ts';

/** Fields a person fills in, by the name the contract gives them, as the message names them. */
const FIELD_NAMES: Readonly<Record<string, CoreMessageKey>> = {
  username: 'name.field.username',
  password: 'name.field.password',
  displayName: 'name.field.displayName',
  role: 'name.field.role',
  title: 'name.field.title',
  sapo: 'name.field.sapo',
  byline: 'name.field.byline',
  category: 'name.field.category',
  tags: 'name.field.tags',
  text: 'name.field.text',
  caption: 'name.field.caption',
  alt: 'name.field.alt',
  place: 'name.field.place',
  date: 'name.field.date',
  fileName: 'name.field.fileName',
  baseUrl: 'name.field.baseUrl',
  abbreviation: 'name.field.abbreviation',
  expansion: 'name.field.expansion',
};

/**
 * What is wrong with the arguments of a call, in words a person reads: a schema's own message when
 * it is a catalogued key (the account name's rule, a category's length), else the kind of problem
 * and the field it is in. Never the method's name or zod's English.
 */
export function inputProblem(issue: z.core.$ZodIssue | undefined): CoreMessage {
  if (!issue) return msg('error.input.invalid', { field: msg('name.field.input') });
  const numbers = issue as { maximum?: number | bigint; minimum?: number | bigint };
  const max = Number(numbers.maximum ?? 0);
  const min = Number(numbers.minimum ?? 0);
  const limits = { max, min, megabytes: Math.floor((max * 3) / 4 / 1024 / 1024) };
  if (isCoreMessageKey(issue.message)) return msg(issue.message, limits);
  const field = msg(fieldOf(issue));
  const origin = (issue as { origin?: string }).origin;
  if (issue.code === 'too_big' && origin === 'string') return msg('error.input.tooLong', { field, max });
  if (issue.code === 'too_small' && origin === 'string' && min <= 1) return msg('error.input.missing', { field });
  if (issue.code === 'too_small' && origin === 'string') return msg('error.input.tooShort', { field, min });
  if (issue.code === 'too_big' && origin === 'array') return msg('error.input.tooMany', { field, max });
  if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined) return msg('error.input.missing', { field });
  return msg('error.input.invalid', { field });
}

function fieldOf(issue: z.core.$ZodIssue): CoreMessageKey {
  const named = issue.path
    .filter((part): part is string => typeof part === 'string')
    .reverse()
    .find((part) => part in FIELD_NAMES);
  if (named) return FIELD_NAMES[named]!;
  return (issue as { format?: string }).format === 'uuid' ? 'name.field.id' : 'name.field.input';
}
