import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from './config.js';
import { verifyAuditLog, writeCheckpoint } from './platform/audit/checkpoints.js';
import { loadAuditKey, useAuditKey } from './platform/audit/keys.js';
import { backup, checksums, restore } from './platform/db/backup.js';
import { openDatabase } from './platform/db/client.js';
import * as schema from './schema.js';

/**
 * Operator commands, on the database that FAZHI_DATA_DIR / DATABASE_URL name (stop the server first on PGlite):
 *   audit:verify [--public-key <file>]
 *                     check the audit chain against its key and every signed checkpoint (exit 1 naming the first
 *                     broken entry); --public-key checks the checkpoints with a copy of the public key kept apart
 *   audit:checkpoint  sign the chain's head now and append it to the checkpoint file
 *   backup <file>     pg_dump (PostgreSQL) or a data-directory tarball (PGlite); prints row counts and checksums
 *   restore <file>    into an empty database; prints the same counts and checksums to compare
 */
const [command, file, publicKeyFile] = process.argv.slice(2);
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
    if (file !== undefined && (file !== '--public-key' || !publicKeyFile)) {
      console.error('用法：npm run audit:verify [-- --public-key <公钥文件>]');
      process.exit(2);
    }
    const database = await openDatabase({ ...target, schema });
    // Never create a key here: a new key would only make every entry fail.
    const key = loadAuditKey(config.dataDir, config.auditKeyHex, { create: false });
    const publicKey = publicKeyFile ? fs.readFileSync(publicKeyFile, 'utf8').trim() : undefined;
    const result = await verifyAuditLog(database.db, config.dataDir, { key, publicKey });
    await database.close();
    if (result.ok) {
      console.log(`审计日志完整：共校验 ${result.checked} 条，核对检查点 ${result.checkpoints} 个${result.keyedFrom && result.keyedFrom > 1 ? `（第 ${result.keyedFrom} 条起以密钥链接）` : ''}`);
      console.log(`Audit log intact: ${result.checked} entries, ${result.checkpoints} checkpoints.`);
    } else {
      console.error(`审计日志校验失败：${result.reason}（已校验 ${result.checked} 条，首个异常序号 ${result.brokenAt}）`);
      console.error(`Audit log verification failed at sequence ${result.brokenAt}: ${result.reasonEn}.`);
      process.exit(1);
    }
    break;
  }
  case 'audit:checkpoint': {
    const database = await openDatabase({ ...target, schema });
    try {
      useAuditKey(loadAuditKey(config.dataDir, config.auditKeyHex)!);
      const checkpoint = await writeCheckpoint(database.db, config.dataDir, 'manual');
      console.log(checkpoint ? `已写入检查点：第 ${checkpoint.seq} 条 ${checkpoint.hash}` : '审计日志为空，未写入检查点');
    } catch (e) {
      console.error(`写入检查点失败：${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    } finally {
      await database.close();
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
    console.error('用法：tsx src/cli.ts audit:verify [--public-key <文件>] | audit:checkpoint | backup <文件> | restore <文件>');
    process.exit(2);
}
