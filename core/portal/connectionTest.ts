import { msg, type CoreMessage } from '../i18n/coreMessages.ts';
import type { ConnectionReport, PortalSettings } from '../model/portalSettings.ts';
import { accountAbilities } from './accountAbilities.ts';
import type { JsonApiClient } from './JsonApiClient.ts';
import { PortalError } from './PortalError.ts';
import { resourcePath } from './portalUrl.ts';

// Not a UUID on purpose: a portal that accepts writes refuses it with 422 at /data/id, so the
// check reaches the write permission and the field names without ever creating anything.
const PROBE_ID = 'newsdesk-kiem-tra-ket-noi';

/**
 * "Kiểm tra kết nối": reaches the portal, checks that it speaks JSON:API and has the content type,
 * that the account is accepted, that writes are allowed, and that the configured fields exist.
 */
export async function testConnection(client: JsonApiClient, hasPassword: boolean): Promise<ConnectionReport> {
  const settings = client.settings;
  const host = new URL(settings.baseUrl).host;
  try {
    const entry = await client.request({ method: 'GET', path: '/jsonapi' });
    const links = (entry.body as { links?: Record<string, unknown> } | null)?.links;
    if (!links) return fail(msg('portal.check.notJsonApi', { host }));
    if (!(settings.contentType in links)) return fail(msg('portal.check.noContentType', { contentType: settings.contentType }));
    if (!settings.username || !hasPassword) return fail(msg('portal.check.noAccount'));

    const probe = await client.request({
      method: 'POST',
      path: resourcePath(settings.contentType),
      json: probeDocument(settings),
      accept: [422, 400],
    });
    const problem = fieldProblem(probe.body, settings);
    if (problem) return fail(problem);
    if (probe.status !== 422) return fail(msg('portal.check.oddWriteReply', { status: String(probe.status) }));
    const abilities = await accountAbilities(client, settings.reviewState);
    if (abilities.problem) return fail(abilities.problem);
    const good = msg('portal.check.good', {
      host,
      contentType: settings.contentType,
      fields: fieldList(settings),
      abilities: abilities.lines,
    });
    return { ok: true, message: good };
  } catch (error) {
    if (error instanceof PortalError) return error.status === 401 ? { ...fail(error.reason), signInRefused: true } : fail(error.reason);
    throw error;
  }
}

function probeDocument(settings: PortalSettings): unknown {
  const relationships: Record<string, unknown> = {};
  if (settings.imageField) relationships[settings.imageField] = { data: null };
  if (settings.tagsField) relationships[settings.tagsField] = { data: [] };
  return {
    data: {
      type: settings.contentType,
      id: PROBE_ID,
      attributes: { title: 'Newsdesk: kiểm tra kết nối', [settings.bodyField]: { value: '', format: settings.textFormat, summary: '' } },
      relationships,
    },
  };
}

/** A 422 about one of our fields (rather than about the probe's id) names the field that is missing. */
function fieldProblem(body: unknown, settings: PortalSettings): CoreMessage | null {
  const error = (body as { errors?: Array<{ detail?: string; source?: { pointer?: string } }> } | null)?.errors?.[0];
  const pointer = error?.source?.pointer ?? '';
  if (pointer === '/data/id' || pointer === '') return null;
  const field = pointer.split('/')[3] ?? pointer;
  const detail = error?.detail ?? '';
  if (field === settings.bodyField && /format/.test(pointer))
    return msg('portal.check.noTextFormat', { format: settings.textFormat, detail });
  return msg('portal.check.missingField', { field, contentType: settings.contentType, detail });
}

function fieldList(settings: PortalSettings): string {
  return [settings.bodyField, settings.imageField, settings.tagsField].filter(Boolean).join(', ');
}

function fail(message: CoreMessage): ConnectionReport {
  return { ok: false, message };
}
