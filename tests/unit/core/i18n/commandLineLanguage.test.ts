import { describe, expect, it } from 'vitest';
import { main } from '../../../../core/cli.ts';
import { DEMO_PASSWORD, openSampleNewsroom, sampleId, APPROVED_SAMPLE } from '../../../helpers/sampleNewsroom.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';


/** The command line run in this process: what it printed, and its exit status. */
async function run(argv: string[], env: Record<string, string | undefined>) {
  const lines: string[] = [];
  const code = await main(argv, { out: (line) => lines.push(line), err: (line) => lines.push(line) }, { env: { NEWSDESK_PASSWORD: DEMO_PASSWORD, ...env } });
  return { code, lines };
}

describe('the command line’s language', () => {
  const tempDir = useTempDirs();

  it('tells a refusal in the language asked for, else the environment’s, else Vietnamese', async () => {
    const data = await tempDir();
    const desk = await openSampleNewsroom(data);
    const approvedId = await sampleId(desk, APPROVED_SAMPLE);
    await desk.close();
    const publish = ['--data', data, 'workflow', approvedId, 'publish', '--user', 'bientap'];
    expect(await run(['--lang', 'en', ...publish], {})).toEqual({
        code: 1,
      lines: ['newsdesk: articles are published only by syncing with the portal: an approved article goes out with the next sync'],
      });
    expect((await run(publish, { LANG: 'en_GB.UTF-8' })).lines[0]).toMatch(/^newsdesk: articles are published only by syncing/);
    expect((await run(publish, { LANG: 'en_GB.UTF-8', LC_ALL: 'vi_VN.UTF-8' })).lines[0]).toMatch(/^newsdesk: bài viết chỉ được xuất bản/);
    expect((await run(publish, { LANG: 'C' })).lines[0]).toMatch(/^newsdesk: bài viết chỉ được xuất bản khi đồng bộ/);
    expect(await run(['--lang', 'fr', 'list'], {})).toEqual({ code: 2, lines: ['newsdesk: --lang cần vi hoặc en'] });
  });
});
