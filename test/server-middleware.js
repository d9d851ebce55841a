/**
 * Test-server routes for fault tests (never the network):
 * - /slow/<ms>/<path>   serves <path> after a delay
 * - /status/<code>      answers with that HTTP status and a short body
 * - /html-page.csv      answers a web page where a CSV was expected
 */
export function faultRoutes() {
  return async (context, next) => {
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
    if (context.path === '/html-page.csv') {
      context.type = 'text/html';
      context.body = '<!doctype html><html><head><title>Sign in</title></head><body>Please sign in</body></html>';
      return;
    }
    return next();
  };
}
