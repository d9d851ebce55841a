/**
 * web-test-runner plugin for the accessibility-tree tests: the command
 * `lnob-ax-tree` answers what a screen reader gets of the page, through the
 * DevTools protocol (Accessibility.getFullAXTree): each node that is not
 * ignored, as `{ role, name, description, roledescription }`, in document order, as JSON text with every
 * non-ASCII character escaped: `JSON.parse` it.
 *
 * Text arrives from this CDP session as UTF-8 bytes read as Latin-1 ("Ø±Ø³Ù" for "رسم"): `utf8` reads it again.
 */
const utf8 = (text) => {
  if (!/[\u0080-\u00ff]/.test(text) || /[^\u0000-\u00ff]/.test(text)) return text;
  const decoded = Buffer.from(text, 'latin1').toString('utf8');
  return decoded.includes('\ufffd') ? text : decoded;
};

export function axTreePlugin(launcher) {
  return {
    name: 'lnob-ax-tree',
    async executeCommand({ command, session }) {
      if (command !== 'lnob-ax-tree') return undefined;
      const page = launcher.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        const tree = nodes
          .filter((node) => !node.ignored)
          .map((node) => ({
            role: node.role?.value ?? '',
            name: utf8(node.name?.value ?? ''),
            description: utf8(node.description?.value ?? ''),
            roledescription: utf8(node.properties?.find((p) => p.name === 'roledescription')?.value?.value ?? ''),
          }));
        return JSON.stringify(tree).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      } finally {
        await cdp.detach();
      }
    },
  };
}
