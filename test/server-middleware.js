import { readFileSync } from 'node:fs';
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

export function faultRoutes() {
  return async (context, next) => {
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
