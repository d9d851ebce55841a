import type { english } from './words.js';

/** Español: las palabras de la incertidumbre (se cargan solo para un gráfico en este idioma). */
export const words: typeof english = {
  gapWithin: (a, b, where) => `La brecha entre ${a} y ${b}${where ? ` (${where})` : ''} está dentro del margen de error: sus intervalos se superponen.`,
  gapBeyond: (a, b, where) => `Los intervalos de ${a} y ${b}${where ? ` (${where})` : ''} no se superponen: la brecha es mayor que el margen de error.`,
  changeWithin: (line, from, to) => `El cambio${line ? ` de ${line}` : ''} de ${from} a ${to} está dentro del margen de error: los intervalos se superponen.`,
  changeBeyond: (line, from, to) => `Los intervalos${line ? ` de ${line}` : ''} en ${from} y ${to} no se superponen: el cambio es mayor que el margen de error.`,
  boundsMissing: (count, example) =>
    count === 1
      ? `1 valor no tiene límite inferior o superior (${example}): se dibuja sin su intervalo.`
      : `${count} valores no tienen límite inferior o superior (p. ej. ${example}): se dibujan sin su intervalo.`,
  boundsOutside: (row, value, range) =>
    `El intervalo dado para ${row} (${range}) no contiene su valor, ${value}: no se dibuja. Revise las columnas de los límites inferior y superior.`,
};
