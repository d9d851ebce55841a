import type { ChartWords } from "./chart-words.js";

export const chartWords: ChartWords = {
  templates: {
    "ranked-bar": "Barras ordenadas",
    disaggregation: "Desigualdades entre grupos",
    progress: "Progresso até 2030",
    trend: "Linhas de tendência",
    map: "Mapa-múndi",
    stacked: "Partes de um todo",
    survey: "Respostas de um inquérito",
    waffle: "Waffle (parte de 100)",
    pyramid: "Pirâmide etária",
    slope: "Declive (dois anos)",
  },
  roleNames: {
    category: "Categoria",
    group: "Grupo",
    value: "Valor",
    series: "Série",
    time: "Ano",
    geo: "País ou área",
    n: "Número de inquiridos",
    lower: "Limite inferior",
    upper: "Limite superior",
  },
  roles: {
    "ranked-bar.category": "o nome de cada barra",
    "ranked-bar.value": "o número de cada barra",
    "disaggregation.category": "o lugar ou o indicador de cada linha de pontos",
    "disaggregation.group":
      "o grupo de cada ponto (p. ex., os 20% mais pobres, os 20% mais ricos)",
    "disaggregation.value": "o número de cada grupo",
    "progress.time": "o ano ou a data de cada valor",
    "progress.value": "o valor do indicador",
    "progress.series":
      "o nome de cada linha (lugar ou grupo), se houver várias",
    "trend.time": "o ano ou a data de cada valor",
    "trend.value": "o número de cada ano",
    "trend.series": "o nome de cada linha (lugar ou grupo)",
    "map.geo": "o país de cada linha (um nome, ou um código ISO ou da ONU)",
    "map.value": "o número de cada país",
    "stacked.category": "o nome de cada barra",
    "stacked.group": "a parte do todo (p. ex., urbano, rural)",
    "stacked.value": "a proporção ou a contagem de cada parte",
    "survey.category": "a resposta",
    "survey.value": "a percentagem de inquiridos que deram essa resposta",
    "survey.n": "o número de inquiridos",
    "waffle.category":
      "do que é cada parte (p. ex., «Pessoas em pobreza extrema»)",
    "waffle.value": "a parte, em percentagem",
    "pyramid.category":
      "a faixa etária de cada linha (p. ex., «0–4», «65+»), da mais nova para a mais velha",
    "pyramid.group":
      "os dois grupos lado a lado, costas com costas (p. ex., Mulheres, Homens)",
    "pyramid.value": "o número ou a proporção de pessoas",
    "pyramid.series": "um ano ou uma população para comparar, para o contorno",
    "slope.category": "o lugar ou o grupo de cada linha",
    "slope.time": "o ano de cada valor: comparam-se o primeiro e o último",
    "slope.value": "o número de cada ano",
    lower:
      "o limite inferior de cada valor (p. ex., do seu intervalo de confiança de 95%); é preciso também o superior",
    upper: "o limite superior de cada valor; é preciso também o inferior",
  },
  options: {
    sort: {
      label: "Ordem",
      hint: "O maior primeiro, o menor primeiro, ou como nos seus dados.",
    },
    "disaggregation.sort": {
      label: "Ordem",
      hint: "A maior desigualdade primeiro, a menor primeiro, ou como nos seus dados.",
    },
    direction: {
      label: "Em que sentido é melhor",
      hint: "Mais alto é melhor (p. ex., conclusão escolar) ou mais baixo é melhor (p. ex., pobreza).",
    },
    highlight: {
      label: "Destacar",
      hint: "Nomes a destacar, como nos seus dados, separados por ;",
    },
    "highlight-label": {
      label: "Significado do destaque",
      hint: "Mostrado na legenda, p. ex., «Diálogo nacional realizado».",
    },
    reference: {
      label: "Valor de referência",
      hint: "Um valor marcado com uma linha tracejada, p. ex., a média nacional.",
    },
    "reference-label": {
      label: "Rótulo da linha de referência",
      hint: "P. ex., «Média nacional».",
    },
    target: {
      label: "Valor da meta",
      hint: "O valor a atingir no ano da meta. Sem meta não há veredicto.",
    },
    "target-relative": {
      label: "Meta relativa ao valor de base",
      hint: "0,5 significa metade do valor de base (p. ex., reduzir a pobreza para metade).",
    },
    "target-year": { label: "Ano da meta", hint: "Normalmente 2030." },
    "target-label": { label: "Rótulo da meta", hint: "P. ex., «Meta 2030»." },
    "baseline-year": {
      label: "Ano de base",
      hint: "O primeiro valor a partir deste ano é a base (normalmente 2015).",
    },
    outline: {
      label: "Contorno para comparar",
      hint: "Um valor da coluna série (p. ex., 2050) desenhado como contorno sobre as barras.",
    },
    shapes: {
      label: "Ficheiro de limites",
      hint: "Endereço de um ficheiro GeoJSON ou TopoJSON das regiões do seu país, em vez do mundo.",
    },
    "shape-key": {
      label: "Campo do nome nos limites",
      hint: "O campo do ficheiro de limites que corresponde aos nomes ou códigos dos seus dados.",
    },
    "shapes-source": {
      label: "Fonte dos limites",
      hint: "Mostrada por baixo do mapa, p. ex., «Limites: geoBoundaries, CC BY 4.0».",
    },
  },
  values: {
    "sort.descending": "O maior primeiro",
    "sort.ascending": "O menor primeiro",
    "sort.none": "Como nos seus dados",
    "direction.increase": "Mais alto é melhor",
    "direction.decrease": "Mais baixo é melhor",
  },
  themes: {
    default: "Predefinido",
    sdg: "ODS",
    dark: "Escuro",
    "high-contrast": "Alto contraste",
  },
};
