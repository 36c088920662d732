export const vi = {
  'app.name': 'Newsdesk',
  'app.tagline': 'Tòa soạn điện tử',
  'app.loading': 'Đang tải…',
  'app.skipToContent': 'Bỏ qua, đến nội dung chính',
  'app.errorTitle': 'Đã có lỗi',
  'app.retry': 'Thử lại',
  'app.networkError': 'Không kết nối được với Newsdesk. Hãy kiểm tra ứng dụng còn đang chạy rồi thử lại.',

  'language.label': 'Ngôn ngữ',

  'session.title': 'Đăng nhập',
  'session.intro': 'Dùng tài khoản tòa soạn để làm việc với bài viết.',
  'session.username': 'Tên đăng nhập',
  'session.password': 'Mật khẩu',
  'session.submit': 'Đăng nhập',
  'session.submitting': 'Đang đăng nhập…',
  'session.missingFields': 'Hãy nhập tên đăng nhập và mật khẩu.',
  'session.signedInAs': 'Đã đăng nhập',
  'session.signOut': 'Đăng xuất',

  'role.reporter': 'Phóng viên',
  'role.editor': 'Biên tập viên',
  'role.communications': 'Cán bộ truyền thông',
  'role.admin': 'Quản trị viên',

  'state.draft': 'Bản nháp',
  'state.submitted': 'Chờ duyệt',
  'state.changes_requested': 'Cần sửa',
  'state.approved': 'Đã duyệt',
  'state.published': 'Đã xuất bản',
  'state.archived': 'Lưu trữ',

  'library.title': 'Thư viện bài viết',
  'library.filterLabel': 'Lọc theo trạng thái',
  'library.filterAll': 'Tất cả trạng thái',
  'library.count': '{count} bài viết',
  'library.empty': 'Thư viện chưa có bài viết nào.',
  'library.emptyFiltered': 'Không có bài viết nào ở trạng thái này.',
  'library.columnTitle': 'Tiêu đề',
  'library.columnState': 'Trạng thái',
  'library.columnByline': 'Tác giả',
  'library.columnCategory': 'Chuyên mục',
  'library.columnUpdated': 'Cập nhật lần cuối',
  'library.untitled': '(Chưa có tiêu đề)',

  'article.back': 'Về thư viện',
  'article.backShortcut': 'Phím Esc',
  'article.byline': 'Tác giả',
  'article.category': 'Chuyên mục',
  'article.dateline': 'Nơi viết, ngày',
  'article.state': 'Trạng thái',
  'article.updated': 'Cập nhật',
  'article.credit': 'Ảnh: {credit}',
  'article.emptyBody': 'Bài viết chưa có nội dung.',
};

export type MessageKey = keyof typeof vi;
export type Messages = Record<MessageKey, string>;
