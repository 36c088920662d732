import type { CoreMessageKey } from './coreMessages.vi.ts';

/** The core's messages in English; the keys and placeholders of `coreMessages.vi.ts`. */
export const coreMessagesEn: Record<CoreMessageKey, string> = {
  'name.state.draft': 'draft',
  'name.state.submitted': 'awaiting review',
  'name.state.changes_requested': 'changes requested',
  'name.state.approved': 'approved',
  'name.state.published': 'published',
  'name.state.archived': 'archived',
  'name.action.submit': 'submit',
  'name.action.request-changes': 'request changes to',
  'name.action.approve': 'approve',
  'name.action.publish': 'publish',
  'name.action.archive': 'archive',
  'name.action.correct': 'correct',

  'error.signInFirst': 'Please sign in first',
  'error.needsRole': 'this needs the role {role}',
  'error.needsRoles': 'this needs the role {roles} or {last}',
  'error.articleNotFound': 'there is no article {id}',

  'error.workflow.wrongState': 'cannot {action} an article that is "{state}"',
  'error.workflow.roleMayNot': 'the role of {user} may not {action} articles',
  'error.workflow.ownOnly': '{user} may only {action} their own articles',
  'error.workflow.selfApproval': 'nobody may approve their own article (the newsroom does not allow it)',
  'error.workflow.noteRequired': 'a note is needed to {action} an article, so the writer knows what to change',
  'error.workflow.checklist': 'cannot be submitted yet: {missing}',
  'error.workflow.publishBySync': 'articles are published only by syncing with the portal: an approved article goes out with the next sync',

  'error.edit.communications': 'communications officers do not change the text of articles',
  'error.edit.reporterOwnOnly': 'reporters can change only their own articles',
  'error.edit.reporterState': 'the article is "{state}": reporters can change only drafts and articles returned for changes',
  'error.edit.closedState': 'the article is "{state}": it cannot be changed directly',
  'error.edit.cannotSave': 'not saved: {reason}',
  'error.edit.cannotKeepDraft': 'unsaved text not kept: {reason}',
  'error.edit.cannotRestore': 'not restored: {reason}',
  'error.edit.noRevision': 'article {id} has no readable revision {number}',

  'error.limit.tooDeep': 'nested too deeply (at most {limit} levels)',
  'error.limit.bodyTooLong': 'the article text is too long (at most {limit} characters)',
  'error.limit.photoTooLarge': 'photo too large: {width}×{height} pixels, at most {limit} megapixels',
  'error.limit.invalidArguments': 'invalid arguments for {channel}: {reason}',
  'error.import.notAnArticle': '"{file}" is not a Newsdesk article: {reason}',
  'error.import.refused': 'could not import "{file}": {reason}',
  'error.photo.refused': '"{file}": {reason}',

  'sync.samplesHeld': 'sample articles not sent to the portal: {count} (samples are only for getting to know Newsdesk)',
  'sync.held': 'articles waiting for the next sync: {count} ({reason})',
};
