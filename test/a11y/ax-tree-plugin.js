/**
 * web-test-runner plugin for the accessibility-tree tests: the command
 * `lnob-ax-tree` answers what a screen reader gets of the page, through the
 * DevTools protocol (Accessibility.getFullAXTree): each node that is not
 * ignored, as `{ role, name, description }`, in document order.
 */
export function axTreePlugin(launcher) {
  return {
    name: 'lnob-ax-tree',
    async executeCommand({ command, session }) {
      if (command !== 'lnob-ax-tree') return undefined;
      const page = launcher.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        return nodes
          .filter((node) => !node.ignored)
          .map((node) => ({
            role: node.role?.value ?? '',
            name: node.name?.value ?? '',
            description: node.description?.value ?? '',
            roledescription: node.properties?.find((p) => p.name === 'roledescription')?.value?.value ?? '',
          }));
      } finally {
        await cdp.detach();
      }
    },
  };
}
