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

  'name.check.title': 'a title',
  'name.check.sapo': 'a lead',
  'name.check.paragraph': 'at least one paragraph',
  'name.check.photos': 'a caption and alt text for every photo',
  'name.check.byline': 'a byline',
  'name.check.category': 'a category',
  'name.check.toneStyle': 'tone marks written in one style (the article mixes hoà/hòa)',
  'name.root': 'the root',

  'error.contract.unknownMethod': 'unknown method {channel}',
  'error.unexpected': 'an unexpected error: {reason}',

  'error.comment.noParent': 'there is no such comment to reply to',
  'error.comment.resolveRole': 'only the writer of the article or an editor can mark a comment as resolved',
  'error.comment.notFound': 'the article has no such comment',

  'error.edit.cannotWrite': 'this account does not write articles',
  'error.edit.cannotEdit': 'cannot edit: {reason}',
  'error.edit.lockedBy': 'the article is being edited by {name} ({username}); last active at {time} (UTC)',

  'error.account.selfLockout': 'you cannot lock your own account or take away your own administrator role',
  'error.account.fileDamaged': 'the accounts file accounts.json is damaged',
  'error.account.exists': 'the account "{username}" already exists',
  'error.account.locked': 'the account is locked until {time} (UTC) after too many wrong passwords',
  'error.account.wrongPassword': 'wrong user name or password',
  'error.account.notFound': 'there is no account "{username}"',
  'error.account.usernameRule': 'a user name has 2–32 characters: lower-case unaccented letters (a–z), digits, dots, underscores or hyphens, no spaces',
  'error.account.passwordTooShort': 'a password needs at least 8 characters',

  'error.sync.communications': 'communications officers do not sync articles with the portal',
  'error.sync.settingsRole': 'only editors and administrators can change the shared portal settings',
  'error.sync.noConflict': 'article {id} has no conflict with the portal',
  'error.sync.changedAgain': 'the portal’s copy has just changed again: sync again to see the latest one',
  'error.sync.noAddress': 'no portal address yet (Portal settings, or --portal URL)',
  'error.sync.noUsername': 'no portal user name yet',
  'error.sync.noPassword': 'no portal password yet for the account {username}',
  'error.sync.badAddress': 'the portal address "{url}" is not valid (for example https://cong.tinh.gov.vn)',
  'error.sync.httpsOnly': 'the portal must use https:// (only localhost and 127.0.0.1 may use http://)',
  'error.sync.credentialsInAddress': 'do not put a user name or password in the portal address',
  'error.sync.passwordInEnvironment': 'set the portal password in the environment variable NEWSDESK_PORTAL_PASSWORD (never on the command line)',
  'error.sync.notSent': '{count} article(s) did not reach the portal',
  'error.sync.notReceived': '{count} article(s) from the portal were not received',

  'error.print.communicationsOnly': 'only communications officers make bulletins',
  'error.print.notApproved': 'the article "{title}" is not approved, so it cannot go into a bulletin',
  'error.print.fonts': 'could not read the Noto fonts for printing: {reason}',

  'error.store.cannotOpen': 'cannot open the data folder {folder}: {reason}',
  'error.store.notOurs': 'the folder {folder} is not empty and is not a Newsdesk data folder',
  'error.store.fileDamaged': 'the file {file} is damaged',
  'error.store.newerFormat': 'the data folder {folder} was made by a newer Newsdesk (format {version}); please update Newsdesk',
  'error.store.articleUnreadable': 'article {id} cannot be read ({reason}); {advice}',
  'error.store.canRestore': 'revision {number} ({at}) can be restored',
  'error.store.noRevisionToRestore': 'there is no revision to restore',
  'error.store.nothingToRestore': 'article {id} has no revision to restore',
  'error.store.noBackup': 'there is no backup "{name}"',

  'error.photo.notAPhoto': '"{file}" is not a JPEG, PNG, WebP or GIF picture',
  'error.photo.damaged': '"{file}" is a damaged picture: its size cannot be read',
  'error.photo.notOfLibrary': '"{name}" is not a photo of this library',
  'error.photo.fileMissing': 'the photo file {name} is missing from the library',
  'error.photo.missing': 'the photo "{name}" is not in the library',
  'error.photo.usedButMissing': 'the article uses the photo {name} but the library does not have it',

  'error.import.onlyKinds': 'cannot import "{file}": only {kinds} files are accepted',
  'error.import.notDocx': '"{file}" is not a valid Word (.docx) file, or it is damaged',
  'error.import.empty': '"{file}" has nothing to import',
  'error.import.tooManyParts': 'too many parts ({count}, at most {limit})',
  'error.import.partTooLarge': 'the part "{part}" is too large (at most {limit} MB)',
  'error.import.partInflatesTooLarge': 'the part "{part}" is too large once unpacked (at most {limit} MB)',
  'error.import.partLies': 'the part "{part}" unpacks to more than its declared size (possibly a zip bomb)',
  'error.import.totalTooLarge': 'the content is too large in all once unpacked (at most {limit} MB)',
  'error.import.jsonTooLarge': '"{file}" is too large for one article (at most {limit} MB; photos travel in a .newsdesk package)',
  'error.import.notJson': '"{file}" is not a valid JSON file',
  'error.import.wrongAt': 'wrong at {path} ({detail})',
  'error.import.photoNotInLibrary': '"{file}" uses the photo {name}, which the library does not have: import the article with its photos as a .newsdesk package',

  'error.package.invalid': 'the .newsdesk package is not valid: {reason}',
  'error.package.tooLarge': 'the file is too large',
  'error.package.manifest': 'manifest.json is missing or wrong',
  'error.package.newerVersion': 'the package was made by a newer Newsdesk (version {version})',
  'error.package.badArticle': 'article.json has the wrong structure at {path}: {detail}',
  'error.package.badStructure': '{file} has the wrong structure',
  'error.package.photoDamaged': 'the photo {name} is damaged or does not match its name',
  'error.package.photoMissing': 'the photo {name} is missing',
  'error.package.notJson': '{file} is not valid JSON',
  'error.package.inFile': '{file}: {reason}',
  'error.package.notZip': 'not a readable zip file',
  'error.package.tooManyFilesCounted': 'too many files ({count}, at most {limit})',
  'error.package.tooManyFiles': 'too many files (at most {limit})',
  'error.package.unsafeName': 'a dangerous file name in the package ({detail})',
  'error.package.damagedZip': 'the zip file is damaged',
  'error.package.nameNotAllowed': 'a file name not allowed in a package: "{name}"',
  'error.package.duplicate': 'the file "{name}" appears twice',
  'error.package.entryTooLarge': 'the file "{name}" is too large',
  'error.package.zipBomb': 'the file "{name}" is compressed abnormally (possibly a zip bomb)',
  'error.package.inflatesTooLarge': 'the file "{name}" is too large once unpacked',

  'error.file.noSuchFile': 'no such file: {file}',
  'error.file.cannotRead': 'cannot read the file: {file}',
  'error.file.cannotReadLogo': 'cannot read the logo file "{file}"',
  'error.file.noFolder': 'there is no folder {folder} to write {file} in',
  'error.file.cannotWrite': 'cannot write the file "{file}" ({reason})',
  'error.file.noFolderThere': 'the folder does not exist',
  'error.file.notAFolder': 'the path is not a folder',
  'error.file.noPermission': 'no permission to write',
  'error.file.isAFolder': 'that is a folder',
  'error.file.readOnlyDisk': 'the disk is read-only',
  'error.file.diskFull': 'the disk is full',
  'error.file.uploadTooLarge': 'the file is too large (at most {limit} MB)',

  'error.open.onlyKinds': 'cannot open "{file}": Newsdesk opens only {kinds} files',
  'error.open.tooLarge': '"{file}" is too large (at most {limit} MB)',
  'error.open.gone': 'the file "{file}" is no longer there',
  'error.open.unreadable': 'cannot read "{file}" ({reason})',
  'error.open.readError': 'read error',
  'error.export.wrongKind': 'cannot export to "{file}": choose a {pdf} or {package} file',

  'error.bridge.tooLarge': 'the request is too large',
  'error.bridge.internal': 'an internal error in Newsdesk',
  'error.bridge.postOnly': 'only POST is accepted',
  'error.bridge.foreignOrigin': 'a call from another origin',
  'error.bridge.jsonOnly': 'Content-Type: application/json is needed',
  'error.bridge.badJson': 'invalid JSON',
  'error.cli.notBuilt': 'the interface is not built: run "npm run build" first',
  'error.cli.cannotListen': 'cannot open port {port}: {reason}',

  'error.usage.extraArgument': '{command}: unexpected argument "{argument}"',
  'error.usage.unknownCommand': 'there is no command "{command}" (see newsdesk --help)',
  'error.usage.dataNeedsFolder': '--data needs a folder',
  'error.usage.langNeedsLanguage': '--lang needs vi or en',
  'error.usage.badOption': '{command}: {detail}',
  'error.usage.workflowNeedsIdAndAction': 'workflow needs an article id and a step ({actions})',
  'error.usage.actionOneOf': 'the step must be one of: {actions}',
  'error.usage.workflowNeedsUser': 'workflow needs --user NAME',
  'error.usage.passwordInEnvironment': 'set the password in the environment variable NEWSDESK_PASSWORD (never on the command line)',
  'error.usage.oneOf': '{option} must be one of: {values}',
  'error.usage.searchNeedsWords': 'search needs words to look for',
  'error.usage.importNeedsFile': 'import needs a file ({kinds})',
  'error.usage.eitherOr': '{option} must be {first} or {second}, not "{given}"',
  'error.usage.encoding': '--encoding takes {values}, not "{given}"',
  'error.usage.needsId': '{command} needs an article id',
  'error.usage.port': '--port must be a number from 0 to 65535',
  'error.usage.needsOutput': '{command} needs an output file: -o FILE{extension}',
  'error.usage.bulletinNeedsIds': 'bulletin needs at least one article id',
  'error.usage.bookletIsA5': '--booklet prints A5 (an A4 sheet folded in two), not with --paper A4',
  'error.usage.articleId': 'the article id "{id}"',
  'error.usage.invalid': '{command}: {field} is not valid',
  'error.usage.bookletPdfOnly': '--booklet is for PDF only',
  'error.usage.logoKind': '--logo must be a JPEG or PNG picture',
  'error.usage.settingInvalid': 'bulletin-settings: {option} is not valid (too long?)',
  'error.usage.outputExtension': 'the output file must end in {extension}',
  'error.usage.bleed': '--bleed must be a number of millimetres from 0 to 20, not "{given}"',
  'error.usage.portalUserName': '--user {spec}: a user name has only unaccented letters, digits, ".", "_" or "-"',
  'error.usage.portalUserRole': '--user {spec}: the role must be one of {roles}',

  'cli.usage': `Usage: newsdesk [--data FOLDER] [--lang vi|en] <command>

  list [--state STATE] [--json]        list the articles ({states})
  show <id> [--json]                   one article
  search <words> [--json]              find articles (ignoring tone marks and case)
  export <id> -o FILE.newsdesk         export an article with its photos as one package
  import <file> [--author NAME] [--encoding auto|tcvn3|vni|viqr]
                                       import a .newsdesk package, a Word .docx file, a .txt text or a .json article
                                       (old TCVN3, VNI, VIQR encodings become Unicode); prints the article id
  export-html <id> -o FILE [--theme light|dark]
                                       the preview as on the portal, one self-contained HTML file
  workflow <id> <submit|approve|request-changes|archive|correct> --user NAME [--note NOTE]
                                       move an article to its next state; the password comes from $NEWSDESK_PASSWORD
  serve [--port N]                     open Newsdesk in a web browser (browser mode)
  export-pdf <id> -o FILE [--paper A4|A5] [--bleed MM] [--crop-marks]
                                       an article as a print-ready PDF (--crop-marks: crop marks, 3 mm bleed)
  export-docx <id> -o FILE.docx        an article as a Word file (Times New Roman, Arial)
  bulletin <id>... -o FILE [--title T] [--issue N] [--date YYYY-MM-DD] [--paper A4|A5] [--columns 1|2]
                  [--booklet] [--format pdf|docx]
                                       a PDF bulletin of approved articles, in the order given
                                       (--booklet: A5 pages two-up on landscape A4, in folding order)
  bulletin-settings [--issuing-body T] [--logo FILE] [--responsible T] [--editorial-board T] [--licence T]
                    [--licence-authority T] [--print-run N] [--size T] [--printer T] [--address T]
                                       show or set the bulletin's masthead and imprint
  sync [--portal URL] [--user NAME]    send approved articles to the portal (password: $NEWSDESK_PORTAL_PASSWORD)
  portal [--port N] [--store FOLDER] [--read-only]
                                       a test Drupal portal (admin password: $PORTAL_ADMIN_PASSWORD)

Language of messages: --lang, else LC_ALL/LANG of the environment, else Vietnamese.
Default data folder: $NEWSDESK_DATA, else Newsdesk/library in the system's application data folder.`,

  'shell.file': 'File',
  'shell.edit': 'Edit',
  'shell.view': 'View',
  'shell.window': 'Window',
  'shell.help': 'Help',
  'shell.undo': 'Undo',
  'shell.redo': 'Redo',
  'shell.cut': 'Cut',
  'shell.copy': 'Copy',
  'shell.paste': 'Paste',
  'shell.selectAll': 'Select All',
  'shell.reload': 'Reload',
  'shell.toggleDevTools': 'Developer Tools',
  'shell.resetZoom': 'Actual Size',
  'shell.zoomIn': 'Zoom In',
  'shell.zoomOut': 'Zoom Out',
  'shell.minimize': 'Minimize',
  'shell.close': 'Close Window',
  'shell.about': 'About and Diagnostics',
  'shell.hide': 'Hide Newsdesk',
  'shell.hideOthers': 'Hide Others',
  'shell.unhide': 'Show All',
  'shell.quit': 'Quit Newsdesk',
  'shell.recentArticles': 'Recent Articles',
  'shell.noRecentArticles': 'No articles opened yet',
  'shell.untitled': '(Untitled)',
  'shell.openRecentArticle': 'Open the article in Newsdesk',
  'shell.importArticle': 'Import Article…',
  'shell.importDialogTitle': 'Import an article into the library',
  'shell.importFilterName': 'Newsdesk packages, Word files, JSON files',
  'shell.exportArticle': 'Export “{title}”…',
  'shell.exportNothing': 'Export Article… (open an article first)',
  'shell.exportDialogTitle': 'Export article',
  'shell.pdfFilterName': 'PDF for printing',
  'shell.packageFilterName': 'Newsdesk package (to copy to another computer)',
  'shell.openFailed': 'Could not open the file',
  'shell.exportFailed': 'Could not export the article',
  'shell.saveDownloadTitle': 'Save File',
  'shell.unexpectedError': 'Newsdesk ran into an unexpected problem',
  'shell.unexpectedErrorDetail': 'The details were written to the log. If it happens again, send the diagnostics report (Help › About) to your IT staff.',
  'shell.pageKeepsStopping': 'The Newsdesk window keeps stopping',
  'shell.pageKeepsStoppingDetail': 'The window stopped three times within a minute, so Newsdesk no longer reloads it by itself. Unfinished writing is kept in the data folder.',
  'shell.reloadWindow': 'Reload Window',
  'shell.quitNewsdesk': 'Quit',
};
