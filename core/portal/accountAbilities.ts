import type { JsonApiClient } from './JsonApiClient.ts';

interface Resource {
  id: string;
  attributes?: Record<string, unknown>;
  relationships?: Record<string, { data?: unknown }>;
}

/** The moves of the Editorial workflow Newsdesk makes, and what each is called in the newsroom. */
const MOVES: Array<[string, string]> = [
  ['submit_for_review', 'gửi duyệt'],
  ['create_new_draft', 'trả lại để sửa'],
  ['publish', 'đăng bài'],
  ['archive', 'gỡ bài (lưu trữ)'],
];

/**
 * What the signed-in portal account may do, read from its roles: whether it lists other people's
 * drafts (`bypass node access`, which an editor's account needs), creates articles, and which
 * moderation moves it may make; and the review state's name when the workflow is readable.
 * Drupal shows a role's permissions only to some accounts: then it says it could not tell.
 */
export async function accountAbilities(client: JsonApiClient, reviewState: string): Promise<{ lines: string[]; problem: string | null }> {
  const lines: string[] = [];
  const entry = await client.request({ method: 'GET', path: '/jsonapi' });
  const me = (entry.body as { meta?: { links?: { me?: { meta?: { id?: string } } } } }).meta?.links?.me?.meta?.id;
  if (!me) return { lines: ['không biết được tài khoản đang đăng nhập (thiếu meta.links.me)'], problem: null };
  const user = await client.request({ method: 'GET', path: `/jsonapi/user/user/${me}`, accept: [403, 404] });
  const account = (user.body as { data?: Resource }).data;
  const name = String(account?.attributes?.display_name ?? account?.attributes?.name ?? client.settings.username);
  const roleIds = new Set(((account?.relationships?.roles?.data as Array<{ id: string }> | undefined) ?? []).map((role) => role.id));

  const roles = await client.request({ method: 'GET', path: '/jsonapi/user_role/user_role', accept: [403, 404] });
  const own = ((roles.body as { data?: Resource[] }).data ?? []).filter((role) => roleIds.has(role.id));
  if (roles.status !== 200 || own.length === 0) {
    lines.push(`tài khoản ${name}: cổng không cho xem quyền của vai trò (cần người quản trị cổng kiểm tra giúp)`);
  } else {
    const permissions = new Set(own.flatMap((role) => (role.attributes?.permissions as string[] | undefined) ?? []));
    const admin = own.some((role) => role.attributes?.is_admin === true);
    const has = (permission: string) => admin || permissions.has(permission);
    lines.push(
      `tài khoản ${name}: ${has('bypass node access') ? 'xem được bài nháp của mọi người' : 'chỉ xem được bài đã đăng và bài nháp của mình (thiếu quyền "bypass node access" để nhận bài chờ duyệt của người khác)'}`,
      has('create article content') ? 'được tạo bài viết' : 'không được tạo bài viết (thiếu quyền "create article content")',
      `được: ${MOVES.filter(([id]) => has(`use editorial transition ${id}`)).map(([, label]) => label).join(', ') || 'không chuyển trạng thái nào'}`,
    );
  }

  const workflows = await client.request({ method: 'GET', path: '/jsonapi/workflow/workflow', accept: [403, 404] });
  const editorial = ((workflows.body as { data?: Resource[] }).data ?? [])[0];
  const states = (editorial?.attributes?.type_settings as { states?: Record<string, { label?: string }> } | undefined)?.states;
  if (!states) return { lines: [...lines, 'không đọc được quy trình duyệt của cổng (cần quyền "administer workflows")'], problem: null };
  if (!states[reviewState]) {
    return { lines, problem: `quy trình duyệt của cổng không có trạng thái "${reviewState}": hãy đặt tên máy của trạng thái chờ duyệt (có: ${Object.keys(states).join(', ')})` };
  }
  return { lines: [...lines, `trạng thái chờ duyệt: ${states[reviewState]!.label ?? reviewState} (${reviewState})`], problem: null };
}
