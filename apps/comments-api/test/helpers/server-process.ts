import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const packageDir = new URL('../..', import.meta.url).pathname;
/** Where the test setup compiles the server (see test/setup/build-server.ts). */
export const serverBuildDir = join(packageDir, '.tmp', 'server-build');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Every log line so far, parsed. */
  logs: Record<string, unknown>[];
  /** Ends the process with the signal and resolves once it has exited. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `node server.js` on an ephemeral loopback port and resolves when it logs "ready". */
export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [join(serverBuildDir, 'server.js')], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { stdout } = child;
  if (!stdout) throw new Error('spawn gave no stdout pipe');
  const logs: Record<string, unknown>[] = [];
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  const port = await new Promise<number>((resolve, reject) => {
    createInterface({ input: stdout }).on('line', (line) => {
      const entry = JSON.parse(line) as Record<string, unknown>;
      logs.push(entry);
      if (entry.msg === 'ready') resolve(entry.port as number);
    });
    void exited.then(([code]) => reject(new Error(`server exited with ${code} before it was ready:\n${stderr}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    logs,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const [code] = await exited;
      return code;
    },
  };
}
