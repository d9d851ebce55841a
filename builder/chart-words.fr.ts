import type { ChartWords } from "./chart-words.js";

export const chartWords: ChartWords = {
  templates: {
    "ranked-bar": "Barres classées",
    disaggregation: "Écarts entre groupes",
    progress: "Progrès vers 2030",
    trend: "Courbes d’évolution",
    map: "Carte du monde",
    stacked: "Parties d’un tout",
    survey: "Réponses à une enquête",
    waffle: "Gaufre (part sur 100)",
    pyramid: "Pyramide des âges",
    slope: "Pente (deux années)",
  },
  roleNames: {
    category: "Catégorie",
    group: "Groupe",
    value: "Valeur",
    series: "Série",
    time: "Année",
    geo: "Pays ou zone",
    n: "Nombre de répondants",
    lower: "Borne inférieure",
    upper: "Borne supérieure",
  },
  roles: {
    "ranked-bar.category": "le nom de chaque barre",
    "ranked-bar.value": "le nombre de chaque barre",
    "disaggregation.category":
      "le lieu ou l’indicateur de chaque ligne de points",
    "disaggregation.group":
      "le groupe de chaque point (p. ex. les 20 % les plus pauvres, les 20 % les plus riches)",
    "disaggregation.value": "le nombre de chaque groupe",
    "progress.time": "l’année ou la date de chaque valeur",
    "progress.value": "la valeur de l’indicateur",
    "progress.series":
      "le nom de chaque courbe (lieu ou groupe), s’il y en a plusieurs",
    "trend.time": "l’année ou la date de chaque valeur",
    "trend.value": "le nombre de chaque année",
    "trend.series": "le nom de chaque courbe (lieu ou groupe)",
    "map.geo": "le pays de chaque ligne (un nom, ou un code ISO ou ONU)",
    "map.value": "le nombre de chaque pays",
    "stacked.category": "le nom de chaque barre",
    "stacked.group": "la partie du tout (p. ex. urbain, rural)",
    "stacked.value": "la part ou l’effectif de chaque partie",
    "survey.category": "la réponse",
    "survey.value": "le pourcentage de répondants ayant donné cette réponse",
    "survey.n": "le nombre de répondants",
    "waffle.category":
      "ce dont chaque part est une part (p. ex. « Personnes en extrême pauvreté »)",
    "waffle.value": "la part, en pourcentage",
    "pyramid.category":
      "le groupe d’âge de chaque ligne (p. ex. « 0–4 », « 65+ »), du plus jeune au plus âgé",
    "pyramid.group": "les deux groupes dos à dos (p. ex. Femmes, Hommes)",
    "pyramid.value": "le nombre ou la part de personnes",
    "pyramid.series": "une année ou une population à comparer, pour le contour",
    "slope.category": "le lieu ou le groupe de chaque ligne",
    "slope.time":
      "l’année de chaque valeur : la première et la dernière sont comparées",
    "slope.value": "le nombre de chaque année",
    lower:
      "la borne inférieure de chaque valeur (p. ex. de son intervalle de confiance à 95 %) ; il faut aussi la borne supérieure",
    upper:
      "la borne supérieure de chaque valeur ; il faut aussi la borne inférieure",
  },
  options: {
    sort: {
      label: "Ordre",
      hint: "Le plus grand d’abord, le plus petit d’abord, ou comme dans vos données.",
    },
    "disaggregation.sort": {
      label: "Ordre",
      hint: "Le plus grand écart d’abord, le plus petit d’abord, ou comme dans vos données.",
    },
    direction: {
      label: "Dans quel sens c’est mieux",
      hint: "Plus haut, c’est mieux (p. ex. achèvement scolaire) ou plus bas, c’est mieux (p. ex. pauvreté).",
    },
    highlight: {
      label: "Mettre en évidence",
      hint: "Noms à mettre en évidence, comme dans vos données, séparés par ;",
    },
    "highlight-label": {
      label: "Sens de la mise en évidence",
      hint: "Affiché dans la légende, p. ex. « Dialogue national tenu ».",
    },
    reference: {
      label: "Valeur de référence",
      hint: "Une valeur marquée d’une ligne pointillée, p. ex. la moyenne nationale.",
    },
    "reference-label": {
      label: "Libellé de la ligne de référence",
      hint: "P. ex. « Moyenne nationale ».",
    },
    target: {
      label: "Valeur cible",
      hint: "La valeur à atteindre l’année cible. Sans cible, pas de verdict.",
    },
    "target-relative": {
      label: "Cible par rapport à la référence",
      hint: "0,5 signifie la moitié de la valeur de référence (p. ex. réduire la pauvreté de moitié).",
    },
    "target-year": { label: "Année cible", hint: "En général 2030." },
    "target-label": {
      label: "Libellé de la cible",
      hint: "P. ex. « Cible 2030 ».",
    },
    "baseline-year": {
      label: "Année de référence",
      hint: "La première valeur à partir de cette année sert de référence (en général 2015).",
    },
    outline: {
      label: "Contour de comparaison",
      hint: "Une valeur de la colonne série (p. ex. 2050) dessinée en contour sur les barres.",
    },
    shapes: {
      label: "Fichier des limites",
      hint: "Adresse d’un fichier GeoJSON ou TopoJSON des régions de votre pays, à la place du monde.",
    },
    "shape-key": {
      label: "Champ du nom dans les limites",
      hint: "Le champ du fichier des limites qui correspond aux noms ou codes de vos données.",
    },
    "shapes-source": {
      label: "Source des limites",
      hint: "Affichée sous la carte, p. ex. « Limites : geoBoundaries, CC BY 4.0 ».",
    },
  },
  values: {
    "sort.descending": "Le plus grand d’abord",
    "sort.ascending": "Le plus petit d’abord",
    "sort.none": "Comme dans vos données",
    "direction.increase": "Plus haut, c’est mieux",
    "direction.decrease": "Plus bas, c’est mieux",
  },
  themes: {
    default: "Par défaut",
    sdg: "ODD",
    dark: "Sombre",
    "high-contrast": "Contraste élevé",
  },
};
