// `npm start`: builds the packages, then runs together, until Ctrl+C:
//   Storybook            http://localhost:6006
//   the demo portal      http://localhost:8080  (English: /en/)
//   the comments API     http://localhost:8787  (SQLite in apps/comments-api/data, seeded demo thread)
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

const root = new URL('..', import.meta.url).pathname;
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
// A fresh moderator token each start, so comments sent locally can be approved at /admin.
const adminToken = process.env.ADMIN_TOKEN ?? randomBytes(16).toString('hex');

const build = spawnSync('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const services = [
  {
    name: 'api',
    command: 'node',
    args: ['dist/server.js'],
    cwd: `${root}apps/comments-api`,
    env: { PORT: '8787', SEED_DEMO: '1', ADMIN_TOKEN: adminToken },
  },
  { name: 'demo', command: 'node', args: ['src/main.mjs'], cwd: `${root}apps/demo-portal`, env: { PORT: '8080' } },
  {
    name: 'storybook',
    // The binary itself, not through npx: a signal must reach the process that serves.
    command: `${root}node_modules/.bin/storybook`,
    args: ['dev', '--ci', '--no-version-updates', '-p', '6006'],
    cwd: root,
    env: {},
  },
];

/** Prefixes every line a service prints with its name, so three logs stay readable in one terminal. */
function pipeLines(stream, name, target) {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) target.write(`[${name}] ${line}\n`);
  });
  stream.on('end', () => pending && target.write(`[${name}] ${pending}\n`));
}

const children = services.map((service) => {
  const child = spawn(service.command, service.args, {
    cwd: service.cwd,
    env: { ...env, ...service.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  pipeLines(child.stdout, service.name, process.stdout);
  pipeLines(child.stderr, service.name, process.stderr);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`[${service.name}] stopped (${signal ?? `exit ${code}`}); stopping the others.`);
      stop(code ?? 1);
    }
  });
  return child;
});

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 2000).unref();
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
console.log(
  '\nStorybook: http://localhost:6006   Demo portal: http://localhost:8080 (/en/)   Comments API: http://localhost:8787\n' +
    `Moderation: http://localhost:8787/admin with the token ${adminToken}\n`,
);
