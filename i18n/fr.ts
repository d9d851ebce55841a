import type { UiStrings } from './strings.js';

/** Français. */
export const strings: UiStrings = {
  lang: 'fr',
  dir: 'ltr',
  cannotShow: 'Ce graphique ne peut pas être affiché.',
  source: 'Source :',
  credit: 'Graphique :',
  table: {
    show: 'Afficher les données en tableau',
    hide: 'Masquer le tableau',
    more: (shown, total) => `Affichage des ${shown} premières lignes sur ${total}.`,
    download: 'Télécharger toutes les lignes (CSV)',
  },
  summary: {
    noData: 'Pas de données',
    target: (year) => `Cible ${year}`,
    onTrack: 'en bonne voie',
    offTrack: 'pas en bonne voie',
    highest: (name, value) => `Valeur la plus élevée : ${name}, ${value}.`,
    lowest: (name, value) => `Valeur la plus basse : ${name}, ${value}.`,
    barChart: (title, count) => `Graphique en barres${title ? ` : ${title}` : ''}, ${count} ${count === 1 ? 'barre' : 'barres'}.`,
    noValues: 'Aucune valeur à afficher.',
    percentagePoints: (amount) => `${amount} points de pourcentage`,
    dotChart: (title, counts) =>
      `Graphique à points${title ? ` : ${title}` : ''}${counts ? `, ${counts.categories} ${counts.categories === 1 ? 'catégorie' : 'catégories'}, ${counts.groups} ${counts.groups === 1 ? 'groupe' : 'groupes'}` : ''}.`,
    noGaps: 'Aucun écart : les groupes ont la même valeur dans chaque catégorie.',
    largestGap: (category, gap, ahead, aheadValue, behind, behindValue) => `Écart le plus grand : ${category}, ${gap} entre ${ahead} (${aheadValue}) et ${behind} (${behindValue}).`,
    isBehind: (group) => `${group} est en retard.`,
    lineChart: (title, lines, from, to) =>
      `Graphique en courbes${title ? ` : ${title}` : ''}${lines !== undefined ? `, ${lines} ${lines === 1 ? 'courbe' : 'courbes'}` : ''}${from !== undefined ? `, ${from}–${to}` : ''}.`,
    oneYearOnly: 'Chaque courbe n’a de valeur que pour une seule année : aucune évolution ne peut être montrée.',
    lineChange: (name, rose, amount, from, to, most) => {
      const who = name || 'La courbe';
      const what = `${rose ? 'augmenté' : 'baissé'} de ${amount}, passant de ${from} à ${to}.`;
      return most ? `Plus forte évolution : ${who}, qui a ${what}` : `${who} a ${what}`;
    },
    lineSteady: (name, value, most) => {
      const who = name || 'La courbe';
      return most ? `Plus forte évolution : ${who}, sans changement (${value}).` : `${who} : sans changement (${value}).`;
    },
    latestValue: (series, value, year) => (series === null ? `Dernière valeur : ${value} (${year}).` : `${series} : dernière valeur ${value} (${year}).`),
    unnamed: 'Sans nom',
    relativeTarget: (factor, times, year, value) =>
      `${factor === 0.5 ? 'la moitié de' : factor === 0.25 ? 'le quart de' : factor === 2 ? 'le double de' : `${times} fois`} la valeur de ${year}, ${value}`,
    targetIs: (label, value, relative) => `${label} : ${value}${relative ? ` (${relative})` : ''}.`,
    projection: (baselineYear, fromFirstValue, projected, targetYear, verdict) =>
      `Au rythme d’évolution observé depuis ${baselineYear}${fromFirstValue ? ' (aucune valeur depuis l’année de référence, donc à partir de la première valeur)' : ''}, la valeur atteindrait ${projected} en ${targetYear} : ${verdict}.`,
    reached: (reached, year, verdict) => `${reached ? 'Atteinte' : 'Non atteinte'} en ${year} : ${verdict}.`,
    noVerdict: (reason) => `Pas de verdict : ${reason}.`,
    reasonNoValues: 'aucune valeur',
    reasonTwoYears: (baselineYear) => `il faut des valeurs d’au moins deux années depuis ${baselineYear}`,
    reasonGrowth: 'un taux de croissance demande des valeurs supérieures à zéro',
    noTarget: 'Aucune cible n’est fixée, donc pas de verdict.',
    verdictCounts: (on, names, more, off, none) =>
      `${on} en bonne voie${names.length ? ` (${names.join(', ')}${more ? ', …' : ''})` : ''} ; ${off} pas en bonne voie${none ? ` ; ${none} sans verdict` : ''}.`,
    stackedChart: (title, count) =>
      `Graphique en barres empilées à 100 %${title ? ` : ${title}` : ''}${count !== undefined ? `, ${count} ${count === 1 ? 'barre' : 'barres'}` : ''}.`,
    stackedBar: (category, parts) => `${category} : ${parts.map((p) => `${p.name} ${p.share}`).join(', ')}.`,
    moreBars: (count) => (count === 1 ? 'Et 1 autre barre.' : `Et ${count} autres barres.`),
    waffleChart: (title) => `Graphique en gaufre${title ? ` : ${title}` : ''}.`,
    waffleShare: (category, share, squares) => `${category} : ${share} (${squares} ${squares <= 1 ? 'carré' : 'carrés'} sur 100).`,
    surveyResults: (title, count) =>
      `Résultats d’enquête${title ? ` : ${title}` : ''}${count !== undefined ? `, ${count} ${count === 1 ? 'réponse' : 'réponses'}` : ''}.`,
    respondents: (count) => `Personnes interrogées : ${count}`,
    respondentsRange: (low, high) => `Personnes interrogées par réponse : ${low}–${high}`,
  },
  menu: {
    button: 'Partager',
    label: 'Partager ou télécharger ce graphique',
    png: 'Télécharger l’image (PNG)',
    svg: 'Télécharger l’image vectorielle (SVG)',
    csv: 'Télécharger les données (CSV)',
    square: 'Image pour les réseaux sociaux : carrée',
    portrait: 'Image pour les réseaux sociaux : portrait',
    landscape: 'Image pour les réseaux sociaux : paysage',
    embed: 'Copier le code d’intégration',
    copied: 'Copié',
    copyYourself: 'Copiez ce code pour mettre le graphique sur votre page',
    close: 'Fermer',
    fileName: 'graphique',
  },
};
export default strings;
