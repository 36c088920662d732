import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { DRAG_DROP_PASTE } from '@lexical/rich-text';
import { $insertNodeToNearestRoot } from '@lexical/utils';
import {
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_LOW,
  createCommand,
  type BaseSelection,
  type LexicalCommand,
} from 'lexical';
import { useEffect } from 'react';
import type { NewsdeskApi } from '../../../../core/api.ts';
import { useApi } from '../../../api/ApiContext.tsx';
import { fileUpload } from '../../../api/fileUpload.ts';
import { errorText } from '../../../shared/errorText.ts';
import { useT } from '../../../i18n/I18nContext.tsx';
import type { Translate } from '../../../i18n/translate.ts';
import { useEditorNotice } from '../../EditorNotice.tsx';
import { $createImageNode } from '../../nodes/ImageNode.ts';

/** Files picked with the toolbar's photo button, pasted or dropped: each becomes a photo in the body. */
export const INSERT_PHOTO_FILES_COMMAND: LexicalCommand<File[]> = createCommand('INSERT_PHOTO_FILES');

/** Stores each file in the library, then inserts it where the caret was when the files arrived. */
export function ImagesPlugin() {
  const [editor] = useLexicalComposerContext();
  const api = useApi();
  const t = useT();
  const { notify } = useEditorNotice();

  useEffect(() => {
    const insertFiles = (files: File[]) => {
      const selection = $getSelection()?.clone() ?? null;
      void uploadAll(api, files, t).then(({ photos, problems }) => {
        if (problems.length > 0) notify(problems.join(' '));
        if (photos.length === 0) return;
        editor.update(() => {
          restoreSelection(selection);
          for (const photo of photos) {
            $insertNodeToNearestRoot(
              $createImageNode({
                src: photo.asset,
                altText: '',
                caption: '',
                credit: '',
                width: photo.width,
                height: photo.height,
                size: 'column',
              }),
            );
          }
        });
      });
      return true;
    };
    return editor.registerCommand(INSERT_PHOTO_FILES_COMMAND, insertFiles, COMMAND_PRIORITY_LOW);
  }, [editor, api, t, notify]);

  useEffect(
    () =>
      editor.registerCommand(
        DRAG_DROP_PASTE,
        (files) => editor.dispatchCommand(INSERT_PHOTO_FILES_COMMAND, [...files]),
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );

  return null;
}

async function uploadAll(api: NewsdeskApi, files: File[], t: Translate) {
  const photos: Array<{ asset: string; width: number; height: number }> = [];
  const problems: string[] = [];
  for (const file of files) {
    try {
      photos.push(await api.editor.storePhoto(await fileUpload(file)));
    } catch (error) {
      problems.push(t('editor.photo.refused', { reason: errorText(error, t) }));
    }
  }
  return { photos, problems };
}

/** Puts the caret back where it was, if that place still exists; else at the end of the body. */
function restoreSelection(selection: BaseSelection | null): void {
  const points = $isRangeSelection(selection) ? [selection.anchor.key, selection.focus.key] : [];
  if (selection && points.length > 0 && points.every((key) => $getNodeByKey(key) !== null)) $setSelection(selection);
  else $getRoot().selectEnd();
}
