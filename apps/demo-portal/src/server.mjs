// The demo portal as an agency would serve it: static pages, the CDN file, and a strict
// Content-Security-Policy with Trusted Types on every response.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
// The file the page loads with its one script tag, straight from the `portal-widgets` package.
const cdnFile = createRequire(import.meta.url).resolve('portal-widgets/portal-widgets.js');

/** @type {Record<string, string>} */
const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/rss+xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
};

/**
 * @typedef {object} DemoOptions
 * @property {number} [port] 0 picks a free port.
 * @property {string} [host]
 * @property {string} [commentsApiUrl] The comments API the comment box talks to.
 * @property {string} [weatherApiUrl] Open-Meteo, or a stand-in for it.
 */

/**
 * The policy of every page: nothing inline, nothing evaluated, only the origins the widgets need.
 * @param {{ commentsApiUrl: string, weatherApiUrl: string }} origins
 */
export function contentSecurityPolicy({ commentsApiUrl, weatherApiUrl }) {
  const connect = ["'self'", new URL(commentsApiUrl).origin, new URL(weatherApiUrl).origin];
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    `connect-src ${[...new Set(connect)].join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html portal-widgets-json-ld portal-widgets-xml',
  ].join('; ');
}

/**
 * Where a URL path leads inside public/, or undefined when it tries to leave it.
 * @param {string} pathname
 */
function publicPath(pathname) {
  const path = normalize(join(publicDir, decodeURIComponent(pathname)));
  return path.startsWith(publicDir) ? path : undefined;
}

/**
 * Starts the demo. `commentsApiUrl` and `weatherApiUrl` are written into the pages (the widgets'
 * `endpoint` and `api-base`) and into the policy's connect-src.
 * @param {DemoOptions} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startDemoServer({
  port = 8080,
  host = '127.0.0.1',
  commentsApiUrl = 'http://localhost:8787',
  weatherApiUrl = 'https://api.open-meteo.com',
} = {}) {
  const policy = contentSecurityPolicy({ commentsApiUrl, weatherApiUrl });
  const headers = {
    'content-security-policy': policy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
  };

  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    try {
      if (pathname === '/assets/portal-widgets.js') {
        response.writeHead(200, { ...headers, 'content-type': contentTypes['.js'], 'cache-control': 'no-cache' });
        createReadStream(cdnFile).pipe(response);
        return;
      }
      let file = publicPath(pathname);
      if (file === undefined) throw Object.assign(new Error('outside public/'), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const type = contentTypes[extname(file)] ?? 'application/octet-stream';
      if (extname(file) === '.html') {
        const page = (await readFile(file, 'utf8'))
          .replaceAll('__COMMENTS_API__', commentsApiUrl)
          .replaceAll('__WEATHER_API__', weatherApiUrl);
        response.writeHead(200, { ...headers, 'content-type': type, 'cache-control': 'no-cache' });
        response.end(page);
        return;
      }
      await stat(file);
      response.writeHead(200, { ...headers, 'content-type': type, 'cache-control': 'no-cache' });
      createReadStream(file).pipe(response);
    } catch (error) {
      const code = /** @type {NodeJS.ErrnoException} */ (error).code;
      const missing = code === 'ENOENT' || code === 'ENOTDIR';
      response.writeHead(missing ? 404 : 500, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
      response.end(missing ? 'Không tìm thấy trang (404)' : 'Lỗi máy chủ (500)');
    }
  });
  await new Promise((resolve) => server.listen(port, host, () => resolve(undefined)));
  const address = server.address();
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${typeof address === 'object' && address ? address.port : port}`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
