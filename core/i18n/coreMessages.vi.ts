/**
 * The core's messages in Vietnamese: refusals and errors the app, the desktop shell and the command
 * line show. Keys are `error.*` (what went wrong), `name.*` (words a message names), `cli.*` (the
 * command line's help) and `shell.*` (the desktop shell's menus and dialogs). English
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
  'error.limit.textFileTooLarge': 'tệp văn bản quá lớn cho một bài viết (tối đa {limit} MB, tức {characters} ký tự)',
  'error.limit.photoTooLarge': 'ảnh quá lớn: {width}×{height} điểm ảnh, tối đa {limit} megapixel',
  'error.limit.invalidArguments': 'không nhận được thông tin gửi đi: {reason}',

  'error.import.notAnArticle': '"{file}" không phải bài viết Newsdesk: {reason}',
  'error.import.refused': 'không nhập được "{file}": {reason}',
  'error.photo.refused': '"{file}": {reason}',

  // What is wrong with what a screen sent, in words (the contract's checks; see model/inputProblem.ts).
  'error.input.invalid': '{field} không hợp lệ',
  'error.input.missing': 'chưa nhập {field}',
  'error.input.tooLong': '{field} dài quá: tối đa {max} ký tự',
  'error.input.tooShort': '{field} cần ít nhất {min} ký tự',
  'error.input.tooMany': '{field}: nhiều quá, tối đa {max}',
  'error.input.username': 'tên đăng nhập gồm 2–32 ký tự: chữ thường không dấu (a–z), chữ số, dấu chấm, gạch dưới hoặc gạch ngang, không có dấu cách',
  'error.input.passwordTooShort': 'mật khẩu cần ít nhất {min} ký tự',
  'error.input.fileTooLarge': 'tệp quá lớn (tối đa {megabytes} MB)',
  'error.input.backupName': 'không có bản sao lưu nào mang tên này',
  'error.input.categoryTooLong': 'chuyên mục dài quá: tối đa {max} ký tự',
  'error.input.tooManyCategories': 'danh sách chuyên mục dài quá: tối đa {max} chuyên mục',
  'name.field.input': 'thông tin gửi đi',
  'name.field.id': 'mã số',
  'name.field.username': 'tên đăng nhập',
  'name.field.password': 'mật khẩu',
  'name.field.displayName': 'tên hiển thị',
  'name.field.role': 'vai trò',
  'name.field.title': 'tiêu đề',
  'name.field.sapo': 'sapo',
  'name.field.byline': 'tên tác giả',
  'name.field.category': 'chuyên mục',
  'name.field.tags': 'từ khóa',
  'name.field.text': 'nội dung',
  'name.field.caption': 'chú thích ảnh',
  'name.field.alt': 'mô tả ảnh',
  'name.field.place': 'nơi đưa tin',
  'name.field.date': 'ngày',
  'name.field.fileName': 'tên tệp',
  'name.field.baseUrl': 'địa chỉ cổng thông tin',
  'name.field.abbreviation': 'chữ viết tắt',
  'name.field.expansion': 'nghĩa đầy đủ',

  'name.check.title': 'có tiêu đề',
  'name.check.sapo': 'có sapo',
  'name.check.paragraph': 'có ít nhất một đoạn văn',
  'name.check.photos': 'mọi ảnh đều có chú thích và mô tả ảnh',
  'name.check.byline': 'có tên tác giả',
  'name.check.category': 'có chuyên mục',
  'name.check.toneStyle': 'dấu thanh viết theo một kiểu (bài đang lẫn hoà/hòa)',
  'name.root': 'gốc',

  'error.contract.unknownMethod': 'không có phương thức {channel}',
  'error.unexpected': 'lỗi ngoài ý muốn: {reason}',

  'error.comment.noParent': 'không có bình luận để trả lời',
  'error.comment.resolveRole': 'chỉ người viết bài hoặc biên tập viên mới đánh dấu góp ý là đã xử lý',
  'error.comment.notFound': 'không có góp ý này trong bài',

  'error.edit.cannotWrite': 'tài khoản này không viết bài',
  'error.edit.cannotEdit': 'không sửa được: {reason}',
  'error.edit.lockedBy': 'bài đang được {name} ({username}) sửa; lần cuối lúc {time} (giờ UTC)',

  'error.account.selfLockout': 'không tự khóa hay bỏ quyền quản trị của chính mình',
  'error.account.fileDamaged': 'tệp tài khoản accounts.json bị hỏng',
  'error.account.exists': 'tài khoản "{username}" đã có',
  'error.account.locked': 'tài khoản tạm khóa đến {time} (giờ UTC) vì nhập sai mật khẩu nhiều lần',
  'error.account.wrongPassword': 'sai tên đăng nhập hoặc mật khẩu',
  'error.account.notFound': 'không có tài khoản "{username}"',

  'error.sync.communications': 'cán bộ truyền thông không đồng bộ bài với cổng thông tin',
  'error.sync.settingsRole': 'chỉ biên tập viên và quản trị viên được đổi cài đặt chung của cổng thông tin',
  'error.sync.noConflict': 'bài viết {id} không có xung đột nào với cổng thông tin',
  'error.sync.changedAgain': 'bản trên cổng thông tin lại vừa thay đổi: hãy đồng bộ lại để xem bản mới nhất',
  'error.sync.noAddress': 'chưa nhập địa chỉ cổng thông tin: hãy nhập ở phần Cài đặt cổng thông tin',
  'error.sync.noAddressCommandLine': 'chưa có địa chỉ cổng thông tin: dùng --portal URL, hoặc nhập trong Cài đặt cổng thông tin của ứng dụng',
  'error.sync.noUsername': 'chưa nhập tên đăng nhập cổng thông tin',
  'error.sync.noPassword': 'chưa có mật khẩu cổng thông tin cho tài khoản {username}',
  'error.sync.badAddress': 'địa chỉ cổng thông tin "{url}" không hợp lệ (ví dụ: https://cong.tinh.gov.vn)',
  'error.sync.httpsOnly': 'cổng thông tin phải dùng https:// (chỉ localhost và 127.0.0.1 mới được dùng http://)',
  'error.sync.credentialsInAddress': 'không ghi tên đăng nhập hay mật khẩu vào địa chỉ cổng thông tin',
  'error.sync.passwordInEnvironment': 'hãy đặt mật khẩu cổng thông tin trong biến môi trường NEWSDESK_PORTAL_PASSWORD (không ghi mật khẩu trên dòng lệnh)',
  'error.sync.notSent': '{count} bài chưa lên được cổng thông tin',
  'error.sync.notReceived': '{count} bài từ cổng thông tin chưa nhận được',

  'error.print.communicationsOnly': 'chỉ cán bộ truyền thông mới làm bản tin',
  'error.print.notApproved': 'bài "{title}" chưa được duyệt nên không đưa vào bản tin được',
  'error.print.fonts': 'không đọc được phông chữ Noto để in: {reason}',

  'error.store.cannotOpen': 'không mở được thư mục dữ liệu {folder}: {reason}',
  'error.store.notOurs': 'thư mục {folder} không trống và không phải thư mục dữ liệu của Newsdesk',
  'error.store.fileDamaged': 'tệp {file} bị hỏng',
  'error.store.newerFormat': 'thư mục dữ liệu {folder} do phiên bản Newsdesk mới hơn tạo ra (định dạng {version}); hãy cập nhật Newsdesk',
  'error.store.articleUnreadable': 'bài viết {id} không đọc được ({reason}); {advice}',
  'error.store.canRestore': 'có thể khôi phục bản sửa số {number} ({at})',
  'error.store.noRevisionToRestore': 'không có bản sửa nào để khôi phục',
  'error.store.nothingToRestore': 'bài viết {id} không có bản sửa nào để khôi phục',
  'error.store.noBackup': 'không có bản sao lưu "{name}"',

  'error.photo.notAPhoto': '"{file}" không phải là ảnh JPEG, PNG, WebP hay GIF',
  'error.photo.damaged': '"{file}" là ảnh hỏng: không đọc được kích thước',
  'error.photo.notOfLibrary': '"{name}" không phải là ảnh của thư viện này',
  'error.photo.fileMissing': 'thiếu tệp ảnh {name} trong thư viện',
  'error.photo.missing': 'ảnh "{name}" không có trong thư viện',
  'error.photo.usedButMissing': 'bài viết dùng ảnh {name} nhưng thư viện không có ảnh đó',

  'error.import.onlyKinds': 'không nhập được "{file}": chỉ nhận tệp {kinds}',
  'error.import.notDocx': '"{file}" không phải tệp Word (.docx) hợp lệ hoặc đã bị hỏng',
  'error.import.empty': '"{file}" không có nội dung nào để nhập',
  'error.import.tooManyParts': 'quá nhiều phần ({count}, tối đa {limit})',
  'error.import.partTooLarge': 'phần "{part}" quá lớn (tối đa {limit} MB)',
  'error.import.partInflatesTooLarge': 'phần "{part}" quá lớn khi giải nén (tối đa {limit} MB)',
  'error.import.partLies': 'phần "{part}" giải nén ra nhiều hơn kích thước đã khai (có thể là bom zip)',
  'error.import.totalTooLarge': 'tổng nội dung quá lớn khi giải nén (tối đa {limit} MB)',
  'error.import.jsonTooLarge': '"{file}" quá lớn cho một bài viết (tối đa {limit} MB; ảnh đi kèm trong gói .newsdesk)',
  'error.import.notJson': '"{file}" không phải tệp JSON hợp lệ',
  'error.import.wrongAt': 'sai ở {path} ({detail})',
  'error.import.photoNotInLibrary': '"{file}" dùng ảnh {name} mà thư viện chưa có: hãy nhập bài kèm ảnh bằng gói .newsdesk',

  'error.package.invalid': 'gói .newsdesk không hợp lệ: {reason}',
  'error.package.tooLarge': 'tệp quá lớn',
  'error.package.manifest': 'thiếu hoặc sai manifest.json',
  'error.package.newerVersion': 'gói do phiên bản Newsdesk mới hơn tạo ra (phiên bản {version})',
  'error.package.badArticle': 'article.json sai cấu trúc ở {path}: {detail}',
  'error.package.badStructure': '{file} sai cấu trúc',
  'error.package.photoRefused': 'ảnh {name}: {reason}',
  'error.package.photoDamaged': 'ảnh {name} bị hỏng hoặc không khớp tên',
  'error.package.photoMissing': 'thiếu ảnh {name}',
  'error.package.notJson': '{file} không phải JSON hợp lệ',
  'error.package.inFile': '{file}: {reason}',
  'error.package.notZip': 'không phải tệp zip đọc được',
  'error.package.tooManyFilesCounted': 'quá nhiều tệp ({count}, tối đa {limit})',
  'error.package.tooManyFiles': 'quá nhiều tệp (tối đa {limit})',
  'error.package.unsafeName': 'tên tệp nguy hiểm trong gói ({detail})',
  'error.package.damagedZip': 'tệp zip bị hỏng',
  'error.package.nameNotAllowed': 'tên tệp không được phép trong gói: "{name}"',
  'error.package.duplicate': 'tệp "{name}" xuất hiện hai lần',
  'error.package.entryTooLarge': 'tệp "{name}" quá lớn',
  'error.package.zipBomb': 'tệp "{name}" nén bất thường (có thể là bom zip)',
  'error.package.inflatesTooLarge': 'tệp "{name}" quá lớn khi giải nén',

  'error.file.noSuchFile': 'không có tệp này: {file}',
  'error.file.cannotRead': 'không đọc được tệp: {file}',
  'error.file.cannotReadLogo': 'không đọc được tệp logo "{file}"',
  'error.file.noFolder': 'không có thư mục {folder} để ghi {file}',
  'error.file.cannotWrite': 'không ghi được tệp "{file}" ({reason})',
  'error.file.noFolderThere': 'thư mục không tồn tại',
  'error.file.notAFolder': 'đường dẫn không phải thư mục',
  'error.file.noPermission': 'không có quyền ghi',
  'error.file.isAFolder': 'đó là một thư mục',
  'error.file.readOnlyDisk': 'ổ đĩa chỉ đọc',
  'error.file.diskFull': 'ổ đĩa đã đầy',

  'error.open.onlyKinds': 'không mở được "{file}": Newsdesk chỉ mở tệp {kinds}',
  'error.open.tooLarge': '"{file}" quá lớn (tối đa {limit} MB)',
  'error.open.gone': 'không còn tệp "{file}"',
  'error.open.unreadable': 'không đọc được "{file}" ({reason})',
  'error.open.readError': 'lỗi đọc',
  'error.export.wrongKind': 'không xuất được ra "{file}": hãy chọn tệp {pdf} hoặc {package}',

  'error.bridge.tooLarge': 'yêu cầu quá lớn',
  'error.bridge.internal': 'lỗi nội bộ của Newsdesk',
  'error.bridge.postOnly': 'chỉ nhận POST',
  'error.bridge.foreignOrigin': 'nguồn gọi không hợp lệ',
  'error.bridge.jsonOnly': 'cần Content-Type: application/json',
  'error.bridge.badJson': 'JSON không hợp lệ',
  'error.cli.notBuilt': 'giao diện chưa được dựng: hãy chạy "npm run build" trước',
  'error.cli.cannotListen': 'không mở được cổng {port}: {reason}',

  'error.usage.extraArgument': '{command}: thừa tham số "{argument}"',
  'error.usage.unknownCommand': 'không có lệnh "{command}" (xem newsdesk --help)',
  'error.usage.dataNeedsFolder': '--data cần một thư mục',
  'error.usage.langNeedsLanguage': '--lang cần vi hoặc en',
  'error.usage.badOption': '{command}: {detail}',
  'error.usage.workflowNeedsIdAndAction': 'workflow cần mã bài viết và một việc ({actions})',
  'error.usage.actionOneOf': 'việc phải là một trong: {actions}',
  'error.usage.workflowNeedsUser': 'workflow cần --user TÊN',
  'error.usage.passwordInEnvironment': 'đặt mật khẩu trong biến môi trường NEWSDESK_PASSWORD (không bao giờ trên dòng lệnh)',
  'error.usage.oneOf': '{option} phải là một trong: {values}',
  'error.usage.searchNeedsWords': 'search cần từ khóa',
  'error.usage.importNeedsFile': 'import cần một tệp ({kinds})',
  'error.usage.eitherOr': '{option} phải là {first} hoặc {second}, không phải "{given}"',
  'error.usage.encoding': '--encoding nhận {values}, không nhận "{given}"',
  'error.usage.needsId': '{command} cần mã bài viết (id)',
  'error.usage.port': '--port phải là số từ 0 đến 65535',
  'error.usage.needsOutput': '{command} cần tệp kết quả: -o TỆP{extension}',
  'error.usage.bulletinNeedsIds': 'bulletin cần ít nhất một mã bài viết (id)',
  'error.usage.bookletIsA5': '--booklet in khổ A5 (gấp đôi tờ A4), không dùng cùng --paper A4',
  'error.usage.articleId': 'mã bài viết "{id}"',
  'error.usage.invalid': '{command}: {field} không hợp lệ',
  'error.usage.bookletPdfOnly': '--booklet chỉ dùng cho bản PDF',
  'error.usage.logoKind': '--logo phải là ảnh JPEG hoặc PNG',
  'error.usage.settingInvalid': 'bulletin-settings: {option} không hợp lệ (quá dài?)',
  'error.usage.outputExtension': 'tệp xuất phải có đuôi {extension}',
  'error.usage.bleed': '--bleed phải là số milimét từ 0 đến 20, không phải "{given}"',
  'error.usage.portalUserName': '--user {spec}: tên tài khoản chỉ gồm chữ không dấu, số, ".", "_" hoặc "-"',
  'error.usage.portalUserRole': '--user {spec}: vai trò phải là {roles}',

  'cli.usage': `Cách dùng: newsdesk [--data THƯ_MỤC] [--lang vi|en] <lệnh>

  list [--state TRẠNG_THÁI] [--json]   danh sách bài viết ({states})
  show <id> [--json]                   một bài viết
  search <từ khóa> [--json]            tìm bài viết (không phân biệt dấu, hoa thường)
  export <id> -o TỆP.newsdesk          xuất bài viết kèm ảnh thành một gói
  import <tệp> [--author TÊN] [--encoding auto|tcvn3|vni|viqr]
                                       nhập gói .newsdesk, tệp Word .docx, văn bản .txt hoặc bài .json
                                       (mã cũ TCVN3, VNI, VIQR chuyển sang Unicode); in mã bài viết
  export-html <id> -o TỆP [--theme light|dark]
                                       trang xem trước như trên cổng thông tin, một tệp HTML trọn vẹn
  workflow <id> <submit|approve|request-changes|archive|correct> --user TÊN [--note GHI_CHÚ]
                                       chuyển trạng thái bài viết; mật khẩu lấy từ $NEWSDESK_PASSWORD
  serve [--port N]                     mở Newsdesk trong trình duyệt (chế độ trình duyệt)
  export-pdf <id> -o TỆP [--paper A4|A5] [--bleed MM] [--crop-marks]
                                       bài viết thành PDF sẵn sàng in (--crop-marks: dấu xén, tràn lề 3 mm)
  export-docx <id> -o TỆP.docx         bài viết thành tệp Word (Times New Roman, Arial)
  bulletin <id>... -o TỆP [--title T] [--issue N] [--date YYYY-MM-DD] [--paper A4|A5] [--columns 1|2]
                  [--booklet] [--format pdf|docx]
                                       bản tin PDF từ các bài đã duyệt, theo thứ tự đã cho
                                       (--booklet: trang A5 ghép đôi trên tờ A4 ngang, theo thứ tự gấp sổ)
  bulletin-settings [--issuing-body T] [--logo TỆP] [--responsible T] [--editorial-board T] [--licence T]
                    [--licence-authority T] [--print-run N] [--size T] [--printer T] [--address T]
                                       xem hoặc đặt măng-sét và phần ghi xuất bản của bản tin
  sync [--portal URL] [--user TÊN]     đưa bài đã duyệt lên cổng thông tin (mật khẩu: $NEWSDESK_PORTAL_PASSWORD)
  portal [--port N] [--store THƯ_MỤC] [--read-only]
                                       cổng thông tin Drupal thử nghiệm (mật khẩu admin: $PORTAL_ADMIN_PASSWORD)

Ngôn ngữ của thông báo lỗi: --lang, nếu không có thì theo LC_ALL/LANG của môi trường, mặc định tiếng Việt.
Thư mục dữ liệu mặc định: $NEWSDESK_DATA, nếu không có thì Newsdesk/library trong thư mục dữ liệu ứng dụng của hệ điều hành.`,

  'shell.file': 'Tệp',
  'shell.edit': 'Sửa',
  'shell.view': 'Xem',
  'shell.window': 'Cửa sổ',
  'shell.help': 'Trợ giúp',
  'shell.undo': 'Hoàn tác',
  'shell.redo': 'Làm lại',
  'shell.cut': 'Cắt',
  'shell.copy': 'Sao chép',
  'shell.paste': 'Dán',
  'shell.selectAll': 'Chọn tất cả',
  'shell.reload': 'Tải lại',
  'shell.toggleDevTools': 'Công cụ nhà phát triển',
  'shell.resetZoom': 'Cỡ thực',
  'shell.zoomIn': 'Phóng to',
  'shell.zoomOut': 'Thu nhỏ',
  'shell.minimize': 'Thu nhỏ cửa sổ',
  'shell.close': 'Đóng cửa sổ',
  'shell.about': 'Giới thiệu và chẩn đoán',
  'shell.hide': 'Ẩn Newsdesk',
  'shell.hideOthers': 'Ẩn các ứng dụng khác',
  'shell.unhide': 'Hiện tất cả',
  'shell.quit': 'Thoát Newsdesk',
  'shell.recentArticles': 'Bài viết gần đây',
  'shell.noRecentArticles': 'Chưa mở bài viết nào',
  'shell.untitled': '(Chưa có tiêu đề)',
  'shell.openRecentArticle': 'Mở bài viết trong Newsdesk',
  'shell.importArticle': 'Nhập bài viết…',
  'shell.importDialogTitle': 'Nhập bài viết vào thư viện',
  'shell.importFilterName': 'Gói Newsdesk, tệp Word, tệp JSON',
  'shell.exportArticle': 'Xuất “{title}”…',
  'shell.exportNothing': 'Xuất bài viết… (hãy mở một bài trước)',
  'shell.exportDialogTitle': 'Xuất bài viết',
  'shell.pdfFilterName': 'PDF để in',
  'shell.packageFilterName': 'Gói Newsdesk (chép sang máy khác)',
  'shell.openFailed': 'Không mở được tệp',
  'shell.exportFailed': 'Không xuất được bài viết',
  'shell.saveDownloadTitle': 'Lưu tệp',
  'shell.unexpectedError': 'Newsdesk gặp lỗi ngoài ý muốn',
  'shell.unexpectedErrorDetail': 'Chi tiết đã được ghi vào nhật ký. Nếu lỗi lặp lại, hãy gửi báo cáo chẩn đoán (Trợ giúp › Giới thiệu) cho bộ phận kỹ thuật.',
  'shell.pageKeepsStopping': 'Cửa sổ Newsdesk dừng nhiều lần liên tiếp',
  'shell.pageKeepsStoppingDetail': 'Cửa sổ đã dừng ba lần trong một phút nên Newsdesk không tự tải lại nữa. Nội dung đang viết dở được giữ trong thư mục dữ liệu.',
  'shell.reloadWindow': 'Tải lại cửa sổ',
  'shell.quitNewsdesk': 'Thoát',
} as const;

export type CoreMessageKey = keyof typeof coreMessagesVi;
