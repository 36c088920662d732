import { msg, type CoreMessage, type CoreMessageKey } from '../i18n/coreMessages.ts';
import type { JsonApiClient } from './JsonApiClient.ts';

interface Resource {
  id: string;
  attributes?: Record<string, unknown>;
  relationships?: Record<string, { data?: unknown }>;
}

/** The moves of the Editorial workflow Newsdesk makes, and what each is called in the newsroom. */
const MOVES: Array<[string, CoreMessageKey]> = [
  ['submit_for_review', 'portal.move.submit'],
  ['create_new_draft', 'portal.move.return'],
  ['publish', 'portal.move.publish'],
  ['archive', 'portal.move.archive'],
];

/**
 * What the signed-in portal account may do, read from its roles: whether it lists other people's
 * drafts (`bypass node access`, which an editor's account needs), creates articles, and which
 * moderation moves it may make; and the review state's name when the workflow is readable.
 * Drupal shows a role's permissions only to some accounts: then it says it could not tell.
 */
export async function accountAbilities(
  client: JsonApiClient,
  reviewState: string,
): Promise<{ lines: CoreMessage[]; problem: CoreMessage | null }> {
  const lines: CoreMessage[] = [];
  const entry = await client.request({ method: 'GET', path: '/jsonapi' });
  const me = (entry.body as { meta?: { links?: { me?: { meta?: { id?: string } } } } }).meta?.links?.me?.meta?.id;
  if (!me) return { lines: [msg('portal.account.unknown')], problem: null };
  const user = await client.request({ method: 'GET', path: `/jsonapi/user/user/${me}`, accept: [403, 404] });
  const account = (user.body as { data?: Resource }).data;
  const name = String(account?.attributes?.display_name ?? account?.attributes?.name ?? client.settings.username);
  const roleIds = new Set(((account?.relationships?.roles?.data as Array<{ id: string }> | undefined) ?? []).map((role) => role.id));

  const roles = await client.request({ method: 'GET', path: '/jsonapi/user_role/user_role', accept: [403, 404] });
  const own = ((roles.body as { data?: Resource[] }).data ?? []).filter((role) => roleIds.has(role.id));
  if (roles.status !== 200 || own.length === 0) {
    lines.push(msg('portal.account.rolesHidden', { name }));
  } else {
    const permissions = new Set(own.flatMap((role) => (role.attributes?.permissions as string[] | undefined) ?? []));
    const admin = own.some((role) => role.attributes?.is_admin === true);
    const has = (permission: string) => admin || permissions.has(permission);
    const moves = MOVES.filter(([id]) => has(`use editorial transition ${id}`)).map(([, key]) => msg(key));
    lines.push(
      msg(has('bypass node access') ? 'portal.account.seesAllDrafts' : 'portal.account.seesOwnDrafts', { name }),
      msg(has('create article content') ? 'portal.account.mayCreate' : 'portal.account.mayNotCreate'),
      msg('portal.account.moves', { moves: moves.length ? commaList(moves) : msg('portal.account.noMoves') }),
    );
  }

  const workflows = await client.request({ method: 'GET', path: '/jsonapi/workflow/workflow', accept: [403, 404] });
  const editorial = ((workflows.body as { data?: Resource[] }).data ?? [])[0];
  const states = (editorial?.attributes?.type_settings as { states?: Record<string, { label?: string }> } | undefined)?.states;
  if (!states) return { lines: [...lines, msg('portal.account.workflowHidden')], problem: null };
  if (!states[reviewState]) {
    return { lines, problem: msg('portal.account.noReviewState', { state: reviewState, states: Object.keys(states).join(', ') }) };
  }
  return {
    lines: [...lines, msg('portal.account.reviewState', { label: states[reviewState]!.label ?? reviewState, state: reviewState })],
    problem: null,
  };
}

/** Names joined by commas (a list parameter would join them with semicolons, as lines). */
function commaList([first, ...rest]: CoreMessage[]): CoreMessage {
  return rest.length ? msg('portal.account.commaList', { first: first!, rest: commaList(rest) }) : first!;
}
