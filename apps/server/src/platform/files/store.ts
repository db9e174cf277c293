import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Content-addressed files under <dataDir>/files/ab/abcdef…: the same content is stored once, a name never changes
 * its bytes, and a file is written completely (temp file + rename) before any record points at it. Several
 * instances need a shared directory or an S3-compatible store behind this same interface.
 */
export class FileStore {
  constructor(private readonly root: string) {}

  static inDataDir(dataDir: string) {
    return new FileStore(path.join(dataDir, 'files'));
  }

  private pathOf(sha256: string) {
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  put(content: Buffer): string {
    const sha256 = createHash('sha256').update(content).digest('hex');
    const target = this.pathOf(sha256);
    if (!fs.existsSync(target)) {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      const temp = `${target}.${process.pid}.tmp`;
      fs.writeFileSync(temp, content, { flag: 'w', mode: 0o640 });
      fs.renameSync(temp, target);
    }
    return sha256;
  }

  get(sha256: string): Buffer {
    return fs.readFileSync(this.pathOf(sha256));
  }
}
