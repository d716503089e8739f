// The reference comments API as a child process on a throwaway SQLite file, as `npm start` runs it.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const serverEntry = fileURLToPath(new URL('../../comments-api/dist/server.js', import.meta.url));
export const moderatorToken = 'e2e-moderator-token-0123456789';

/** A loopback port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface CommentsApi {
  url: string;
  /** Stops the server (SIGTERM, graceful) and waits until it has exited. */
  stop: () => Promise<void>;
  /** Starts it again on the same port and database (nothing happens while it runs). */
  start: () => Promise<void>;
}

export async function startCommentsApi(options: {
  port: number;
  databaseFile: string;
  allowedOrigin: string;
}): Promise<CommentsApi> {
  const url = `http://127.0.0.1:${options.port}`;
  let child: ChildProcess | undefined;
  const start = async () => {
    if (child && child.exitCode === null) return;
    child = spawn(process.execPath, [serverEntry], {
      env: {
        ...process.env,
        PORT: String(options.port),
        HOST: '127.0.0.1',
        DATABASE_URL: `sqlite:${options.databaseFile}`,
        ALLOWED_ORIGINS: options.allowedOrigin,
        ADMIN_TOKEN: moderatorToken,
        SEED_DEMO: '1',
        RATE_LIMIT_MAX: '100',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    // Ready when /health answers; a server that exits first has failed to start.
    for (let attempt = 0; attempt < 200; attempt += 1) {
      if (child.exitCode !== null) throw new Error(`the comments API exited with ${child.exitCode}`);
      try {
        if ((await fetch(`${url}/health`)).ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the comments API did not become healthy');
  };
  const stop = async () => {
    const running = child;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
  };
  await start();
  return { url, start, stop };
}
