import path from 'node:path';
import { loadConfig } from './config.js';
import { verifyAuditChain } from './platform/audit/service.js';
import { openDatabase } from './platform/db/client.js';
import * as schema from './schema.js';

/** Operator commands: `audit:verify` checks the SM3 chain of the audit log (exit 1 and the first broken entry if not intact). */
const command = process.argv[2];
const config = loadConfig();

if (command !== 'audit:verify') {
  console.error('用法：tsx src/cli.ts audit:verify');
  process.exit(2);
}
const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: path.join(config.dataDir, 'pgdata'), schema });
const result = await verifyAuditChain(database.db);
await database.close();
if (result.ok) {
  console.log(`审计日志完整：共校验 ${result.checked} 条`);
} else {
  console.error(`审计日志校验失败：${result.reason}（已校验 ${result.checked} 条，首个异常序号 ${result.brokenAt}）`);
  process.exit(1);
}
