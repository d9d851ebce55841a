/**
 * web-test-runner plugin for the resource-safety tests: the command
 * `lnob-heap` collects garbage through the DevTools protocol and answers the
 * page's used JS heap in bytes (Runtime.getHeapUsage), precise and
 * unaffected by the bucketing of performance.memory.
 */
export function heapPlugin(launcher) {
  return {
    name: 'lnob-heap',
    async executeCommand({ command, session }) {
      if (command !== 'lnob-heap') return undefined;
      const page = launcher.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        return usedSize;
      } finally {
        await cdp.detach();
      }
    },
  };
}
