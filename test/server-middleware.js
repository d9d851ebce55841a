import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';

/**
 * Test-server routes for fault tests (never the network):
 * - /slow/<ms>/<path>   serves <path> after a delay
 * - /held/<key>/<path>  serves <path> once the test asks /release/<key> (answers in the order a test chooses, not by
 *                       the clock); /arrived/<key> answers once the held request has reached the server, and
 *                       /release/<key> once its answer has gone out (or the browser gave up on it, or never sent it)
 * - /status/<code>      answers with that HTTP status and a short body
 * - /html-page.csv      answers a web page where a CSV was expected
 * - /stall-body.csv     sends its headers and the first line, then stalls: the rest never comes
 * - /__gzip-size?path=/dist/x.js   the gzip size of a built file on disk
 * - /generated/bytes?size=<n>[&chunked=1][&key=<k>]   a CSV of exactly <n> bytes made on the fly (never a committed big
 *                       file), with Content-Length, or chunked (no length) with chunked=1; sent lazily, so a browser that
 *                       gives up early stops it. With key, /generated/sent?key=<k> answers how many bytes went out,
 *                       once the request has ended
 * - /closed-port        a port on this machine that nothing listens on (bound, then closed): {"port": n}
 * - /reset-connection   destroys the connection without an answer (a network failure on the page's own origin)
 * - /redirect-other-origin/<path>   redirects to <path> on the other name of this server (localhost ↔ 127.0.0.1: another
 *                       origin, which sends no CORS headers)
 * - /pasted/<key>      POST: keeps the body (a snippet); GET: a blank web page holding it, plus the test's reporter, which
 *                       posts what the page's charts drew to the page that framed it (loaded from the other name of this
 *                       server, it is a partner's site on another origin)
 * - /raw/test/fixtures/<path>   the fixture's bytes exactly as on disk, as a plain web server sends them (the dev
 *                       server reads text files such as .csv as UTF-8, which would mangle a Windows-1252 or UTF-16 file)
 */
/** Held requests by key: when each arrived, and the release it waits for. */
const gates = new Map();
function gate(key) {
  let entry = gates.get(key);
  if (!entry) {
    const deferred = () => {
      let resolve;
      const promise = new Promise((r) => (resolve = r));
      return { promise, resolve };
    };
    entry = { arrived: deferred(), released: deferred(), answered: deferred() };
    gates.set(key, entry);
    // Never held for ever: a test that fails before releasing leaves nothing behind.
    setTimeout(() => {
      entry.released.resolve();
      entry.arrived.resolve();
      entry.answered.resolve();
      gates.delete(key);
    }, 300_000).unref();
  }
  return entry;
}

/** Snippets pasted into blank pages, by key. */
const pasted = new Map();

/** The test's eyes on a pasted page (not part of the pasted code): what each chart drew, posted to the framing page. */
const REPORTER = `<script>
for (const type of ['lnob-render', 'lnob-error']) {
  document.addEventListener(type, (event) => {
    const chart = event.composedPath()[0];
    const root = chart.shadowRoot;
    parent.postMessage({
      type, origin: location.origin, message: event.detail?.message,
      title: root?.querySelector('[part="title"]')?.textContent ?? '',
      labels: [...(root?.querySelectorAll('svg g.mark-text.role-mark text') ?? [])].map((text) => text.textContent),
      tableShown: [...chart.querySelectorAll('table')].some((table) => table.getClientRects().length > 0),
    }, '*');
  }, true);
}
</script>`;

/** Bytes sent by /generated/bytes, by key: resolved once the request has ended. */
const sent = new Map();
function sentEntry(key) {
  let entry = sent.get(key);
  if (!entry) {
    let resolve;
    const promise = new Promise((r) => (resolve = r));
    entry = { promise, resolve };
    sent.set(key, entry);
    setTimeout(() => sent.delete(key), 300_000).unref();
  }
  return entry;
}

const GENERATED_HEADER = 'category,value\n';
/** A CSV of exactly `size` bytes (a header, then rows like `Place 12,34`), pushed 64 KiB at a time as the reader asks. */
function generatedCsv(size, onEnd) {
  let offset = 0;
  let row = 0;
  let carry = '';
  const body = new Readable({
    read() {
      if (offset >= size) {
        this.push(null);
        return;
      }
      let chunk = offset === 0 ? GENERATED_HEADER : carry;
      while (chunk.length < 65_536) chunk += `Place ${row++},${row % 100}\n`;
      const take = Math.min(size - offset, 65_536);
      carry = chunk.slice(take);
      offset += take;
      this.push(chunk.slice(0, take));
    },
  });
  body.once('close', () => onEnd(offset));
  return body;
}

export function faultRoutes() {
  return async (context, next) => {
    if (context.path === '/generated/bytes') {
      const size = Number(context.query.size ?? 0);
      const key = String(context.query.key ?? '');
      if (!Number.isSafeInteger(size) || size < 0 || size > 2 ** 32) {
        context.status = 400;
        return;
      }
      const body = generatedCsv(size, (bytes) => key && sentEntry(key).resolve(bytes));
      context.req.once('close', () => body.destroy());
      context.res.once('close', () => body.destroy());
      context.type = 'text/csv';
      context.body = body;
      if (context.query.chunked !== '1') context.length = size;
      return;
    }
    if (context.path === '/generated/sent') {
      context.body = { bytes: await sentEntry(String(context.query.key ?? '')).promise };
      return;
    }
    if (context.path === '/closed-port') {
      const server = createServer();
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address();
      await new Promise((resolve) => server.close(resolve));
      context.body = { port };
      return;
    }
    if (context.path === '/reset-connection') {
      context.req.socket.destroy();
      context.respond = false;
      return;
    }
    const paste = /^\/pasted\/([\w-]+)$/.exec(context.path);
    if (paste) {
      if (context.method === 'POST') {
        const chunks = [];
        for await (const chunk of context.req) chunks.push(chunk);
        pasted.set(paste[1], Buffer.concat(chunks).toString('utf8'));
        context.body = { ok: true };
        return;
      }
      context.type = 'text/html';
      context.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A partner's page</title>${REPORTER}</head><body>\n${pasted.get(paste[1]) ?? ''}\n</body></html>`;
      return;
    }
    const redirect = /^\/redirect-other-origin(\/[\w./-]+)$/.exec(context.path);
    if (redirect) {
      const [name, port] = context.host.split(':');
      const other = name === 'localhost' ? '127.0.0.1' : 'localhost';
      context.redirect(`http://${other}:${port}${redirect[1]}`);
      return;
    }
    const held = /^\/(held|arrived|release)\/([\w-]+)(\/.*)?$/.exec(context.path);
    if (held) {
      const [, verb, key, rest] = held;
      const entry = gate(key);
      if (verb === 'arrived') await entry.arrived.promise;
      if (verb === 'release') {
        entry.released.resolve();
        // A request that never reached the server (the browser gave up first) has nothing to wait for.
        if (entry.came) await entry.answered.promise;
      }
      if (verb !== 'held' || !rest) {
        context.status = 204;
        return;
      }
      // 'close' comes once the answer is complete, or at once if the browser aborts the request while it is held.
      context.res.once('close', () => entry.answered.resolve());
      entry.came = true;
      entry.arrived.resolve();
      await entry.released.promise;
      context.url = rest + (context.querystring ? `?${context.querystring}` : '');
      return next();
    }
    // The gzip size of a built file as it is on disk (the dev server rewrites the JS it serves).
    if (context.path === '/__gzip-size') {
      const file = String(context.query.path ?? '');
      if (!/^\/dist\/[\w./-]+\.js$/.test(file) || file.includes('..')) {
        context.status = 400;
        return;
      }
      const bytes = readFileSync(join(process.cwd(), file));
      context.body = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
      return;
    }
    const raw = /^\/raw(\/test\/fixtures\/[\w./-]+)$/.exec(context.path);
    if (raw && !raw[1].includes('..')) {
      context.type = raw[1].endsWith('.tsv') ? 'text/tab-separated-values' : raw[1].endsWith('.csv') ? 'text/csv' : 'text/plain';
      context.body = readFileSync(join(process.cwd(), raw[1]));
      return;
    }
    const slow = /^\/slow\/(\d+)(\/.*)$/.exec(context.path);
    if (slow) {
      await new Promise((resolve) => setTimeout(resolve, Number(slow[1])));
      context.url = slow[2] + (context.querystring ? `?${context.querystring}` : '');
      return next();
    }
    const status = /^\/status\/(\d{3})$/.exec(context.path);
    if (status) {
      context.status = Number(status[1]);
      context.body = `status ${status[1]}`;
      return;
    }
    if (context.path === '/stall-body.csv') {
      // A body that never ends; it is closed when the browser gives up (or the test run ends).
      const body = new Readable({ read() {} });
      body.push('zone,rate\nNorth,');
      context.req.once('close', () => body.destroy());
      context.type = 'text/csv';
      context.body = body;
      return;
    }
    if (context.path === '/html-page.csv') {
      context.type = 'text/html';
      context.body = '<!doctype html><html><head><title>Sign in</title></head><body>Please sign in</body></html>';
      return;
    }
    return next();
  };
}
