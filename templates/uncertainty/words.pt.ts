import type { english } from './words.js';

/** Português: as palavras da incerteza (carregadas só para um gráfico nesta língua). */
export const words: typeof english = {
  gapWithin: (a, b, where) => `A diferença entre ${a} e ${b}${where ? ` (${where})` : ''} está dentro da margem de erro: os intervalos se sobrepõem.`,
  gapBeyond: (a, b, where) => `Os intervalos de ${a} e ${b}${where ? ` (${where})` : ''} não se sobrepõem: a diferença é maior que a margem de erro.`,
  changeWithin: (line, from, to) => `A mudança${line ? ` de ${line}` : ''} de ${from} a ${to} está dentro da margem de erro: os intervalos se sobrepõem.`,
  changeBeyond: (line, from, to) => `Os intervalos${line ? ` de ${line}` : ''} em ${from} e ${to} não se sobrepõem: a mudança é maior que a margem de erro.`,
  boundsMissing: (count, example) =>
    count === 1
      ? `1 valor não tem limite inferior ou superior (${example}): é desenhado sem o seu intervalo.`
      : `${count} valores não têm limite inferior ou superior (p. ex. ${example}): são desenhados sem o seu intervalo.`,
  boundsOutside: (row, value, range) =>
    `O intervalo dado para ${row} (${range}) não contém o seu valor, ${value}: não é desenhado. Verifique as colunas dos limites inferior e superior.`,
};
