/** The name of the "Download the kit" zip of a version: the start page links it, scripts/kit-zip.js writes it. */
export function kitZipName(version) {
  return `lnob-charts-${version}.zip`;
}
