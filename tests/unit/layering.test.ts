import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function lintAs(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layering (ARCHITECTURE.md rule 1) is enforced by the linter', () => {
  it('refuses electron and react in core/', async () => {
    expect(await lintAs('core/store/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual([
      expect.stringContaining('Only electron/ may import Electron'),
    ]);
    expect(await lintAs('core/render/x.ts', "import { useState } from 'react';\nexport const s = useState;\n")).toEqual([
      expect.stringContaining('core/ is UI-free'),
    ]);
  });

  it('refuses DOM globals and UI code in core/', async () => {
    expect(await lintAs('core/model/x.ts', 'export const title = document.title;\n')).toEqual([expect.stringContaining('no DOM globals')]);
    expect(await lintAs('core/model/x.ts', "import { App } from '../../renderer/app/App.tsx';\nexport const a = App;\n")).toEqual([
      expect.stringContaining('core/ depends on no UI or shell'),
    ]);
  });

  it('keeps core/vietnamese/ free of Node modules, since the editor uses it', async () => {
    expect(await lintAs('core/vietnamese/x.ts', "import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n")).toEqual([
      expect.stringContaining('no Node modules'),
    ]);
    expect(
      await lintAs(
        'renderer/editor/x.ts',
        "import { decodeLegacy } from '../../core/vietnamese/legacyEncoding.ts';\nexport const d = decodeLegacy;\n",
      ),
    ).toEqual([]);
  });

  it('refuses node modules, electron and non-portable core modules in renderer/', async () => {
    expect(await lintAs('renderer/library/x.ts', "import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n")).toEqual([
      expect.stringContaining('no Node modules'),
    ]);
    expect(await lintAs('renderer/library/x.ts', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n")).toEqual([
      expect.stringContaining('Only electron/ may import Electron'),
    ]);
    expect(
      await lintAs(
        'renderer/library/x.ts',
        "import { ArticleStore } from '../../core/store/ArticleStore.ts';\nexport const s = ArticleStore;\n",
      ),
    ).toEqual([expect.stringContaining('only api.ts, model/, render/, i18n/ and the Vietnamese text tools')]);
  });

  it('keeps renderer/shared/ free of screens and of the app frame, while every screen may use it', async () => {
    expect(
      await lintAs(
        'renderer/shared/x.ts',
        "import { LibraryScreen } from '../library/LibraryScreen.tsx';\nexport const l = LibraryScreen;\n",
      ),
    ).toEqual([expect.stringContaining('renderer/shared/ imports no screen folder nor app/')]);
    expect(
      await lintAs(
        'renderer/shared/x.ts',
        "import { LeaveGuardProvider } from '../app/LeaveGuard.tsx';\nexport const g = LeaveGuardProvider;\n",
      ),
    ).toEqual([expect.stringContaining('renderer/shared/ imports no screen folder nor app/')]);
    expect(await lintAs('renderer/shared/x.ts', "import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n")).toEqual([
      expect.stringContaining('no Node modules'),
    ]);
    expect(
      await lintAs(
        'renderer/shared/x.ts',
        "import { useT } from '../i18n/I18nContext.tsx';\nimport { useApi } from '../api/ApiContext.tsx';\nimport { errorText } from './errorText.ts';\nimport type { Article } from '../../core/model/article.ts';\nexport const all: unknown[] = [useT, useApi, errorText, {} as Article];\n",
      ),
    ).toEqual([]);
    expect(await lintAs('renderer/library/x.ts', "import { useLoad } from '../shared/useLoad.ts';\nexport const l = useLoad;\n")).toEqual(
      [],
    );
  });

  it('keeps the shell to the core’s wiring and contract, never its services, stores or the page', async () => {
    expect(
      await lintAs('electron/x.ts', "import { ArticleStore } from '../core/store/ArticleStore.ts';\nexport const s = ArticleStore;\n"),
    ).toEqual([expect.stringContaining('never the services or stores themselves')]);
    expect(
      await lintAs(
        'electron/x.ts',
        "import { workflowService } from '../core/services/workflowService.ts';\nexport const w = workflowService;\n",
      ),
    ).toEqual([expect.stringContaining('never the services or stores themselves')]);
    expect(await lintAs('electron/x.ts', "import { App } from '../renderer/app/App.tsx';\nexport const a = App;\n")).toEqual([
      expect.stringContaining('only through the preload'),
    ]);
    expect(
      await lintAs(
        'electron/x.ts',
        "import { openNewsdesk } from '../core/newsdesk.ts';\nimport { NewsdeskError } from '../core/errors.ts';\nimport { coreText } from '../core/i18n/coreMessages.ts';\nexport const all = [openNewsdesk, NewsdeskError, coreText];\n",
      ),
    ).toEqual([]);
  });

  it('lets each layer import what it may', async () => {
    expect(await lintAs('electron/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual([]);
    expect(
      await lintAs(
        'renderer/library/x.ts',
        "import { renderBodyHtml } from '../../core/render/bodyHtml.ts';\nimport type { Article } from '../../core/model/article.ts';\nexport const r: (a: Article) => unknown = (a) => renderBodyHtml(a.body, { assetUrl: (n) => n });\n",
      ),
    ).toEqual([]);
  });
});
