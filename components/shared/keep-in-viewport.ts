/** Room kept between a pop-up and the edges of the screen, in px (the menu's CSS caps its width to match). */
export const VIEWPORT_MARGIN = 8;

/**
 * Moves an open pop-up sideways so it stays on the screen: a menu opened from a button near the end of a line
 * (the right on a phone, the left in Arabic) would run past the edge, and the page would scroll sideways.
 * Measured after it is shown; a CSS `translate`, so it does not depend on the writing direction.
 */
export function keepInViewport(popup: HTMLElement): void {
  popup.style.removeProperty('translate');
  const box = popup.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  const pastEnd = box.right - (width - VIEWPORT_MARGIN);
  const pastStart = VIEWPORT_MARGIN - box.left;
  const shift = pastStart > 0 ? pastStart : pastEnd > 0 ? -Math.min(pastEnd, box.left - VIEWPORT_MARGIN) : 0;
  if (shift) popup.style.translate = `${Math.round(shift)}px 0`;
}
