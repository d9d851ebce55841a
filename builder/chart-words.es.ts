import type { ChartWords } from "./chart-words.js";

export const chartWords: ChartWords = {
  templates: {
    "ranked-bar": "Barras ordenadas",
    disaggregation: "Brechas entre grupos",
    progress: "Avance hacia 2030",
    trend: "Líneas de tendencia",
    map: "Mapa mundial",
    stacked: "Partes de un todo",
    survey: "Respuestas de una encuesta",
    waffle: "Gofre (parte de 100)",
    pyramid: "Pirámide de población",
    slope: "Pendiente (dos años)",
  },
  roleNames: {
    category: "Categoría",
    group: "Grupo",
    value: "Valor",
    series: "Serie",
    time: "Año",
    geo: "País o zona",
    n: "Número de personas encuestadas",
    lower: "Límite inferior",
    upper: "Límite superior",
  },
  roles: {
    "ranked-bar.category": "el nombre de cada barra",
    "ranked-bar.value": "el número de cada barra",
    "disaggregation.category": "el lugar o el indicador de cada fila de puntos",
    "disaggregation.group":
      "el grupo de cada punto (p. ej., el 20 % más pobre, el 20 % más rico)",
    "disaggregation.value": "el número de cada grupo",
    "progress.time": "el año o la fecha de cada valor",
    "progress.value": "el valor del indicador",
    "progress.series": "el nombre de cada línea (lugar o grupo), si hay varias",
    "trend.time": "el año o la fecha de cada valor",
    "trend.value": "el número de cada año",
    "trend.series": "el nombre de cada línea (lugar o grupo)",
    "map.geo": "el país de cada fila (un nombre, o un código ISO o de la ONU)",
    "map.value": "el número de cada país",
    "stacked.category": "el nombre de cada barra",
    "stacked.group": "la parte del todo (p. ej., urbano, rural)",
    "stacked.value": "la proporción o el recuento de cada parte",
    "survey.category": "la respuesta",
    "survey.value": "el porcentaje de personas que dieron esa respuesta",
    "survey.n": "el número de personas encuestadas",
    "waffle.category":
      "de qué es cada proporción (p. ej., «Personas en pobreza extrema»)",
    "waffle.value": "la proporción, en porcentaje",
    "pyramid.category":
      "el grupo de edad de cada fila (p. ej., «0–4», «65+»), de menor a mayor",
    "pyramid.group":
      "los dos grupos espalda con espalda (p. ej., Mujeres, Hombres)",
    "pyramid.value": "el número o la proporción de personas",
    "pyramid.series": "un año o una población para comparar, para el contorno",
    "slope.category": "el lugar o el grupo de cada línea",
    "slope.time": "el año de cada valor: se comparan el primero y el último",
    "slope.value": "el número de cada año",
    lower:
      "el límite inferior de cada valor (p. ej., de su intervalo de confianza del 95 %); hace falta también el superior",
    upper: "el límite superior de cada valor; hace falta también el inferior",
  },
  options: {
    sort: {
      label: "Orden",
      hint: "El mayor primero, el menor primero, o como en sus datos.",
    },
    "disaggregation.sort": {
      label: "Orden",
      hint: "La mayor brecha primero, la menor primero, o como en sus datos.",
    },
    direction: {
      label: "Hacia dónde es mejor",
      hint: "Más alto es mejor (p. ej., finalización escolar) o más bajo es mejor (p. ej., pobreza).",
    },
    highlight: {
      label: "Destacar",
      hint: "Nombres que destacar, como en sus datos, separados por ;",
    },
    "highlight-label": {
      label: "Significado del destacado",
      hint: "Se muestra en la leyenda, p. ej., «Diálogo nacional realizado».",
    },
    reference: {
      label: "Valor de referencia",
      hint: "Un valor marcado con una línea discontinua, p. ej., el promedio nacional.",
    },
    "reference-label": {
      label: "Etiqueta de la línea de referencia",
      hint: "P. ej., «Promedio nacional».",
    },
    target: {
      label: "Valor de la meta",
      hint: "El valor que alcanzar en el año de la meta. Sin meta no hay veredicto.",
    },
    "target-relative": {
      label: "Meta respecto a la línea de base",
      hint: "0,5 significa la mitad del valor de base (p. ej., reducir la pobreza a la mitad).",
    },
    "target-year": { label: "Año de la meta", hint: "Normalmente 2030." },
    "target-label": {
      label: "Etiqueta de la meta",
      hint: "P. ej., «Meta 2030».",
    },
    "baseline-year": {
      label: "Año de base",
      hint: "El primer valor desde este año es la línea de base (normalmente 2015).",
    },
    outline: {
      label: "Contorno para comparar",
      hint: "Un valor de la columna serie (p. ej., 2050) dibujado como contorno sobre las barras.",
    },
    shapes: {
      label: "Archivo de límites",
      hint: "Dirección de un archivo GeoJSON o TopoJSON de las regiones de su país, en lugar del mundo.",
    },
    "shape-key": {
      label: "Campo del nombre en los límites",
      hint: "El campo del archivo de límites que coincide con los nombres o códigos de sus datos.",
    },
    "shapes-source": {
      label: "Fuente de los límites",
      hint: "Se muestra bajo el mapa, p. ej., «Límites: geoBoundaries, CC BY 4.0».",
    },
  },
  values: {
    "sort.descending": "El mayor primero",
    "sort.ascending": "El menor primero",
    "sort.none": "Como en sus datos",
    "direction.increase": "Más alto es mejor",
    "direction.decrease": "Más bajo es mejor",
  },
  themes: {
    default: "Predeterminado",
    sdg: "ODS",
    dark: "Oscuro",
    "high-contrast": "Alto contraste",
  },
};
