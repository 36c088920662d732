/**
 * The core's messages in Vietnamese: refusals and errors the app, the desktop shell and the command
 * line show. Keys are `error.*` (what went wrong), `name.*` (words a message names) and `sync.*`
 * (what a sync run tells once, beside its outcome). English
 * beside it, in `coreMessages.en.ts`, with the same keys and placeholders (a test checks).
 */
export const coreMessagesVi = {
  'name.state.draft': 'bản nháp',
  'name.state.submitted': 'chờ duyệt',
  'name.state.changes_requested': 'cần sửa',
  'name.state.approved': 'đã duyệt',
  'name.state.published': 'đã xuất bản',
  'name.state.archived': 'lưu trữ',
  'name.action.submit': 'gửi duyệt',
  'name.action.request-changes': 'yêu cầu sửa',
  'name.action.approve': 'duyệt',
  'name.action.publish': 'xuất bản',
  'name.action.archive': 'lưu trữ',
  'name.action.correct': 'đính chính',

  'error.signInFirst': 'hãy đăng nhập trước',
  'error.needsRole': 'việc này cần vai trò {role}',
  'error.needsRoles': 'việc này cần vai trò {roles} hoặc {last}',
  'error.articleNotFound': 'không có bài viết {id}',

  'error.workflow.wrongState': 'không thể {action} bài đang ở trạng thái "{state}"',
  'error.workflow.roleMayNot': 'vai trò của {user} không được {action} bài viết',
  'error.workflow.ownOnly': '{user} chỉ được {action} bài của chính mình',
  'error.workflow.selfApproval': 'không ai được tự duyệt bài của mình (tòa soạn chưa cho phép)',
  'error.workflow.noteRequired': 'cần ghi chú khi {action}, để người viết biết phải sửa gì',
  'error.workflow.checklist': 'chưa gửi duyệt được: {missing}',
  'error.workflow.publishBySync': 'bài viết chỉ được xuất bản khi đồng bộ với cổng thông tin: bài đã duyệt được đăng ở lần đồng bộ tới',

  'error.edit.communications': 'tài khoản cán bộ truyền thông không sửa nội dung bài viết',
  'error.edit.reporterOwnOnly': 'phóng viên chỉ sửa được bài viết của chính mình',
  'error.edit.reporterState': 'bài viết đang ở trạng thái "{state}": phóng viên chỉ sửa được bản nháp và bài được trả lại để sửa',
  'error.edit.closedState': 'bài viết đang ở trạng thái "{state}": không sửa trực tiếp được',
  'error.edit.cannotSave': 'không lưu được: {reason}',
  'error.edit.cannotKeepDraft': 'không giữ được nội dung chưa lưu: {reason}',
  'error.edit.cannotRestore': 'không khôi phục được: {reason}',
  'error.edit.noRevision': 'bài viết {id} không có bản sửa số {number} đọc được',

  'error.limit.tooDeep': 'lồng nhau quá sâu (tối đa {limit} cấp)',
  'error.limit.bodyTooLong': 'nội dung bài quá dài (tối đa {limit} ký tự)',
  'error.limit.photoTooLarge': 'ảnh quá lớn: {width}×{height} điểm ảnh, tối đa {limit} megapixel',
  'error.limit.invalidArguments': 'invalid arguments for {channel}: {reason}',
  'error.import.notAnArticle': '"{file}" không phải bài viết Newsdesk: {reason}',
  'error.import.refused': 'không nhập được "{file}": {reason}',
  'error.photo.refused': '"{file}": {reason}',

  'sync.samplesHeld': '{count} bài mẫu không gửi lên cổng thông tin: bài mẫu chỉ để làm quen với Newsdesk',
  'sync.held': '{count} bài chờ lần đồng bộ sau: {reason}',
} as const;

export type CoreMessageKey = keyof typeof coreMessagesVi;
