import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { benchAuditKey, benchSm4Key, repoRoot } from './paths.js';
import { databaseNameOf, type Target } from './target.js';

/** A free TCP port on the loopback interface (asked of the kernel, then released). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

// Linux reports CPU time in clock ticks; USER_HZ is 100 on every mainstream kernel build.
const ticksPerSecond = 100;

function readProc(pid: number): { rssKb: number; cpuTicks: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15 of the whole line.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpuTicks = Number(fields[11]) + Number(fields[12]);
    return { rssKb, cpuTicks };
  } catch {
    return null;
  }
}

/** Busy CPU ticks of the whole machine (all cores), from the first line of /proc/stat. */
function machineBusyTicks(): number {
  const [, ...fields] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
  return (user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0);
}

/** CPU ticks per PostgreSQL backend serving `database` (its process title names the database). */
function backendTicks(database: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const title = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (!title.startsWith('postgres: ') || !title.includes(` ${database} `)) continue;
      const s = readProc(Number(entry));
      if (s) out.set(Number(entry), s.cpuTicks);
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}

export type WindowStats = {
  seconds: number;
  peakRssMb: number;
  /** The server's CPU over the window; 100 = one core. */
  cpuPercent: number;
  /** PostgreSQL backends serving the benchmark database (0 for PGlite, which runs inside the server). */
  dbCpuPercent: number;
  /** CPU used by everything else but the bench itself: above a few % the figures are disturbed. */
  otherCpuPercent: number;
};
export type Window = { end: () => WindowStats };

/** Samples the server's VmRSS every 200 ms; windows give the peak and CPU share over one scenario. */
export class ProcessSampler {
  private timer: NodeJS.Timeout;
  private windowPeakKb = 0;
  peakKb = 0;

  constructor(
    private readonly pid: number,
    private readonly database?: string,
  ) {
    this.sample();
    this.timer = setInterval(() => this.sample(), 200);
    this.timer.unref();
  }

  private sample() {
    const s = readProc(this.pid);
    if (!s) return;
    this.windowPeakKb = Math.max(this.windowPeakKb, s.rssKb);
    this.peakKb = Math.max(this.peakKb, s.rssKb);
  }

  window(): Window {
    this.sample();
    this.windowPeakKb = readProc(this.pid)?.rssKb ?? 0;
    const startTicks = readProc(this.pid)?.cpuTicks ?? 0;
    const startMachine = machineBusyTicks();
    const startSelf = process.cpuUsage();
    const startDb = this.database ? backendTicks(this.database) : new Map<number, number>();
    const started = performance.now();
    return {
      end: () => {
        this.sample();
        const seconds = (performance.now() - started) / 1000;
        const serverSeconds = ((readProc(this.pid)?.cpuTicks ?? startTicks) - startTicks) / ticksPerSecond;
        const machineSeconds = (machineBusyTicks() - startMachine) / ticksPerSecond;
        const self = process.cpuUsage(startSelf);
        const selfSeconds = (self.user + self.system) / 1e6;
        let dbTicks = 0;
        if (this.database) for (const [pid, ticks] of backendTicks(this.database)) dbTicks += ticks - (startDb.get(pid) ?? 0);
        const dbSeconds = dbTicks / ticksPerSecond;
        return {
          seconds,
          peakRssMb: this.windowPeakKb / 1024,
          cpuPercent: (serverSeconds / seconds) * 100,
          dbCpuPercent: (dbSeconds / seconds) * 100,
          otherCpuPercent: (Math.max(0, machineSeconds - serverSeconds - selfSeconds - dbSeconds) / seconds) * 100,
        };
      },
    };
  }

  stop() {
    clearInterval(this.timer);
  }
}

/** Node's flags from the server's `start` script (`node <flags> dist/main.js`), so the bench runs the server as `npm start` does. */
export function startFlags(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'apps/server/package.json'), 'utf8')) as { scripts: { start: string } };
  const words = pkg.scripts.start.split(/\s+/);
  if (words[0] !== 'node' || words.at(-1) !== 'dist/main.js') throw new Error(`apps/server start script is not "node <flags> dist/main.js": ${pkg.scripts.start}`);
  return words.slice(1, -1);
}

export type ServerHandle = { baseUrl: string; pid: number; startMs: number; nodeFlags: string[]; sampler: ProcessSampler; stop: () => Promise<void> };

/**
 * Starts the compiled server (apps/server/dist/main.js, as `npm start` runs it; compiled first, so never stale) as a
 * child process on the target's data. The child is the server itself, so its /proc/<pid>/status is the server's memory.
 */
export async function startServer(target: Target, logFile: string): Promise<ServerHandle> {
  const port = await freePort();
  const log = fs.openSync(logFile, 'w');
  execFileSync(process.execPath, ['apps/server/build.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  const started = performance.now();
  const nodeFlags = startFlags();
  const child: ChildProcess = spawn(process.execPath, [...nodeFlags, 'apps/server/dist/main.js'], {
    cwd: repoRoot,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      FAZHI_DATA_DIR: target.dataDir,
      DATABASE_URL: target.engine === 'postgres' ? target.url : '',
      FAZHI_DEMO: '0',
      FAZHI_LOG_LEVEL: 'warn',
      FAZHI_SM4_KEY: benchSm4Key,
      FAZHI_AUDIT_KEY: benchAuditKey,
    },
  });
  fs.closeSync(log);
  let exited: number | null = null;
  const exit = new Promise<void>((resolve) => child.once('exit', (code, signal) => ((exited = code ?? (signal ? 128 : 1)), resolve())));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited !== null) throw new Error(`server exited with ${exited} before it was ready; log:\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server not ready after 120 s; log in ${logFile}`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const startMs = performance.now() - started;
  const sampler = new ProcessSampler(child.pid!, target.engine === 'postgres' ? databaseNameOf(target.url) : undefined);
  return {
    baseUrl,
    pid: child.pid!,
    startMs,
    nodeFlags,
    sampler,
    stop: async () => {
      sampler.stop();
      if (exited !== null) return;
      child.kill('SIGTERM');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exit;
      clearTimeout(timeout);
    },
  };
}
