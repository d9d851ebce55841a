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
