import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { NewsdeskError } from '../api.ts';
import type { User } from '../model/account.ts';
import { LOCK_EXPIRES_MS, type EditLock } from '../model/editLock.ts';
import { writeFileDurably } from './atomicWrite.ts';
import { type CoreMessage, msg } from '../i18n/coreMessages.ts';

/**
 * One editor at a time per article: `locks/<id>.json` names who holds it and when their app last
 * renewed it. Closing the editor releases it; a lock not renewed for two minutes has lapsed, so an
 * app that crashed does not keep the article locked.
 */
export class EditLocks {
  constructor(
    private readonly folder: string,
    /** This running Newsdesk: the same person in two apps must not edit one article twice. */
    private readonly instance: string,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Takes or renews the lock for `user`; refuses while someone else's app holds a live one. */
  async acquire(articleId: string, user: User): Promise<EditLock> {
    const held = await this.current(articleId);
    if (held && !this.isMine(held, user)) throw NewsdeskError.of(refusal(held), 'conflict');
    const lock: EditLock = {
      articleId,
      username: user.username,
      displayName: user.displayName,
      instance: this.instance,
      heartbeatAt: new Date(this.clock()).toISOString(),
    };
    await mkdir(this.folder, { recursive: true });
    await writeFileDurably(this.fileOf(articleId), JSON.stringify(lock));
    return lock;
  }

  async release(articleId: string, user: User): Promise<void> {
    const held = await this.current(articleId);
    if (held && this.isMine(held, user)) await rm(this.fileOf(articleId), { force: true });
  }

  /** Throws when someone else is editing the article now. */
  async assertFree(articleId: string, user: User): Promise<void> {
    const held = await this.current(articleId);
    if (held && !this.isMine(held, user)) throw NewsdeskError.of(refusal(held), 'conflict');
  }

  /** The live lock on an article, if any (a lapsed one counts as none). */
  async current(articleId: string): Promise<EditLock | null> {
    let lock: EditLock;
    try {
      lock = JSON.parse(await readFile(this.fileOf(articleId), 'utf8')) as EditLock;
    } catch {
      return null;
    }
    return this.clock() - Date.parse(lock.heartbeatAt) < LOCK_EXPIRES_MS ? lock : null;
  }

  private isMine(lock: EditLock, user: User): boolean {
    return lock.username === user.username && lock.instance === this.instance;
  }

  private fileOf(articleId: string): string {
    return join(this.folder, `${articleId}.json`);
  }
}

function refusal(lock: EditLock): CoreMessage {
  return msg('error.edit.lockedBy', { name: lock.displayName, username: lock.username, time: lock.heartbeatAt.slice(11, 16) });
}
