import path from 'node:path';
import { loadConfig } from './config.js';
import { verifyAuditChain } from './platform/audit/service.js';
import { backup, checksums, restore } from './platform/db/backup.js';
import { openDatabase } from './platform/db/client.js';
import * as schema from './schema.js';

/**
 * Operator commands, on the database that FAZHI_DATA_DIR / DATABASE_URL name (stop the server first on PGlite):
 *   audit:verify      check the SM3 chain of the audit log (exit 1 naming the first broken entry)
 *   backup <file>     pg_dump (PostgreSQL) or a data-directory tarball (PGlite); prints row counts and checksums
 *   restore <file>    into an empty database; prints the same counts and checksums to compare
 */
const [command, file] = process.argv.slice(2);
const config = loadConfig();
const target = { databaseUrl: config.databaseUrl, pgliteDir: path.join(config.dataDir, 'pgdata') };

async function printChecksums() {
  const database = await openDatabase({ ...target, schema });
  const sums = await checksums(database.db);
  await database.close();
  for (const s of sums) console.log(`${s.table.padEnd(28)} ${String(s.rows).padStart(8)}  ${s.md5}`);
}

switch (command) {
  case 'audit:verify': {
    const database = await openDatabase({ ...target, schema });
    const result = await verifyAuditChain(database.db);
    await database.close();
    if (result.ok) {
      console.log(`审计日志完整：共校验 ${result.checked} 条`);
    } else {
      console.error(`审计日志校验失败：${result.reason}（已校验 ${result.checked} 条，首个异常序号 ${result.brokenAt}）`);
      process.exit(1);
    }
    break;
  }
  case 'backup':
  case 'restore': {
    if (!file) {
      console.error(`用法：npm run ${command} -- <文件>`);
      process.exit(2);
    }
    try {
      if (command === 'backup') await printChecksums();
      await (command === 'backup' ? backup : restore)(target, file);
      if (command === 'restore') await printChecksums();
      console.log(`${command === 'backup' ? '已备份到' : '已从此文件恢复'}：${file}`);
    } catch (e) {
      console.error(`${command === 'backup' ? '备份' : '恢复'}失败：${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    }
    break;
  }
  default:
    console.error('用法：tsx src/cli.ts audit:verify | backup <文件> | restore <文件>');
    process.exit(2);
}
