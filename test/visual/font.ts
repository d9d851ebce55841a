/**
 * The bundled open font the visual snapshots are measured and drawn with (IBM Plex Sans Arabic, SIL Open Font
 * License, from @fontsource: Latin and Arabic in one family), so a snapshot does not depend on the machine's
 * fonts. Vega measures text on a canvas, which uses a document font only once it has loaded: `useSnapshotFont`
 * waits for both weights and both scripts before any chart draws.
 */
export const SNAPSHOT_FONT = '"IBM Plex Sans Arabic"';

const STYLESHEETS = ['400', '700'].map((weight) => `/node_modules/@fontsource/ibm-plex-sans-arabic/${weight}.css`);
/** Letters of every subset the charts use: Latin, Latin extended (ā, ő), Arabic and punctuation (…, —). */
const SAMPLE = 'Aa ā ő — … % 0123 العربية ٠١٢';

export async function useSnapshotFont(): Promise<void> {
  for (const href of STYLESHEETS) {
    if (document.querySelector(`link[href="${href}"]`)) continue;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    const loaded = new Promise((resolve, reject) => ((link.onload = resolve), (link.onerror = reject)));
    document.head.append(link);
    await loaded;
  }
  const faces = await Promise.all(['400', '700'].map((weight) => document.fonts.load(`${weight} 12px ${SNAPSHOT_FONT}`, SAMPLE)));
  if (faces.some((loaded) => loaded.length === 0)) throw new Error(`the snapshot font ${SNAPSHOT_FONT} did not load`);
  // Every chart and its words in the bundled font: the title too (the share images use --lnob-title-font-family).
  document.documentElement.style.setProperty('--lnob-font-family', SNAPSHOT_FONT);
  document.documentElement.style.setProperty('--lnob-title-font-family', `${SNAPSHOT_FONT}, serif`);
}
