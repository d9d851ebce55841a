/** Puts `markup` (one chart) in the page and waits until it has drawn; the caller removes the host. */
export async function drawnFromBundle(markup: string): Promise<HTMLElement> {
  const host = document.createElement('div');
  host.innerHTML = markup;
  const outcome = new Promise<void>((resolve, reject) => {
    host.addEventListener('lnob-render', () => resolve());
    host.addEventListener('lnob-error', (e) => reject(new Error((e as CustomEvent).detail.message)));
  });
  document.body.append(host);
  try {
    await outcome;
  } catch (error) {
    host.remove();
    throw error;
  }
  return host;
}
