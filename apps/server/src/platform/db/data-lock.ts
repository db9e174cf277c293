import fs from 'node:fs';

/** The folder is held by a live process: the one start-up error a user can act on alone, so it prints as a sentence. */
export class DataDirInUse extends Error {}

/**
 * One process at a time on a PGlite data folder. PGlite has no lock of its own: a second `npm start` (or a backup)
 * on a folder a running server holds made PGlite abort on open, and two writers would corrupt it. The lock is a file
 * beside the folder (`pgdata.lock`), not inside it, so a backup tarball never carries it into a restored folder.
 */
export function lockDataDir(dir: string): () => void {
  const file = `${dir}.lock`;
  const mine = JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() });
  for (let attempt = 0; ; attempt++) {
    try {
      fs.writeFileSync(file, mine, { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw e;
      const holder = readHolder(file);
      if (holder && holderAlive(holder.pid)) {
        throw new DataDirInUse(
          `数据目录 ${dir} 正由另一个进程使用（进程号 ${holder.pid}，${holder.startedAt} 起）。内置数据库同一时间只能由一个进程打开：请先停止该进程；若确认没有进程在用，删除 ${file} 后重试。`,
        );
      }
      // Left by a process that died without releasing it (kill -9, power loss): take it over.
      fs.rmSync(file, { force: true });
    }
  }
  const release = () => {
    if (readHolder(file)?.pid === process.pid) fs.rmSync(file, { force: true });
  };
  process.once('exit', release);
  return () => {
    process.off('exit', release);
    release();
  };
}

function readHolder(file: string): { pid: number; startedAt: string } | undefined {
  try {
    const held = JSON.parse(fs.readFileSync(file, 'utf8')) as { pid?: unknown; startedAt?: unknown };
    return typeof held.pid === 'number' ? { pid: held.pid, startedAt: String(held.startedAt ?? '') } : undefined;
  } catch {
    return undefined;
  }
}

/** Alive and a Node process: after a reboot a stale lock's number may belong to some other program. */
function holderAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node');
  } catch {
    return true; // no /proc (macOS): trust the signal check
  }
}
