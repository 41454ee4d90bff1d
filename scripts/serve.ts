// Serves the built atlas (dist/) the way users get it: static files from the
// app's own origin with the security headers, and a clear page instead of a
// browser error for a link longer than the server accepts.
// Run: npx tsx scripts/serve.ts [--port 4173] [--host 127.0.0.1] [--dir dist]
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { SECURITY_HEADERS } from './lib/security.ts';
import { SERVER_HEADER_LIMIT } from '../src/lib/url/limit.ts';

const TOO_LONG = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>链接过长 · Link too long</title>
<body style="font-family:sans-serif;max-width:36rem;margin:3rem auto;line-height:1.5">
<h1>链接过长 · Link too long</h1>
<p>这个链接超过了本站能接受的长度（${SERVER_HEADER_LIMIT / 1024} KB），无法打开。请从<a href="/">图集首页</a>重新开始。</p>
<p lang="en">This link is longer than the server accepts (${SERVER_HEADER_LIMIT / 1024} KB) and cannot be opened. Start again from <a href="/">the atlas</a>.</p>
</body></html>`;

const NOT_FOUND = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>未找到 · Not found</title>
<body style="font-family:sans-serif;max-width:36rem;margin:3rem auto"><h1>未找到 · Not found</h1><p><a href="/">图集首页 · The atlas</a></p></body></html>`;

export function atlasServer(dir: string): Server {
  const files = sirv(dir, {
    dev: false,
    etag: true,
    gzip: true,
    brotli: true,
    setHeaders: (res) => {
      for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    },
  });
  const server = createServer({ maxHeaderSize: SERVER_HEADER_LIMIT }, (req, res) =>
    files(req, res, () => {
      for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(NOT_FOUND);
    }),
  );
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    if (err.code === 'HPE_HEADER_OVERFLOW') {
      const body = Buffer.from(TOO_LONG);
      socket.write(
        `HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${body.length}\r\n` +
          `Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n`,
      );
      socket.end(body);
    } else {
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    }
  });
  return server;
}

/** Starts the server on a port (0: any free one); resolves with its address. */
export function serveDir(dir: string, port = 0, host = '127.0.0.1'): Promise<{ url: string; close: () => Promise<void> }> {
  const server = atlasServer(dir);
  return new Promise((ready, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const address = server.address();
      if (!address || typeof address === 'string') return fail(new Error('the server has no port'));
      ready({ url: `http://${host}:${address.port}/`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const dir = resolve(arg('dir', 'dist'));
  if (!existsSync(resolve(dir, 'index.html'))) {
    console.error(`No built atlas in ${dir}: run "npm run build" first.`);
    process.exit(1);
  }
  const { url } = await serveDir(dir, Number(arg('port', process.env.PORT ?? '4173')), arg('host', '127.0.0.1'));
  console.log(`Henan Plan Atlas: ${url}`);
}
