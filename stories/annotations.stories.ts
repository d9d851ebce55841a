/**
 * Annotations (`annotations="…"`, or a child `<script type="text/csv" data-role="annotations">`): events on a time
 * axis and a call-out on a bar, on genuine figures. The page's text is stories/docs/annotations.mdx.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../index.js';
import './code-panel.js';

/**
 * Extreme poverty ($2.15 a day, 2017 prices), Kenya and the world: Our World in Data's download of the World Bank
 * Poverty and Inequality Platform (test/fixtures/formats/owid-extreme-poverty.csv, cited in its README), rounded to
 * one decimal. The events are facts: the 2030 Agenda was adopted in September 2015; WHO called COVID-19 a pandemic
 * in March 2020.
 */
export const EVENTS_EXAMPLE = `<lnob-chart template="trend"
  title="Extreme poverty rose in the world in 2020, and in Kenya it is above its 2015 level"
  subtitle="Share of people living on less than $2.15 a day (2017 prices)"
  source="Our World in Data, from the World Bank Poverty and Inequality Platform"
  time-column="year" series-column="place" value-column="poverty"
  annotations="2015: SDGs adopted; 2020: COVID-19 pandemic">
  <script type="text/csv">
    place,year,poverty
    Kenya,2005,36.7%
    Kenya,2015,29.4%
    Kenya,2020,35.0%
    Kenya,2021,36.1%
    World,2010,15.9%
    World,2011,14.0%
    World,2019,8.9%
    World,2020,9.8%
    World,2021,9.5%
  </script>
</lnob-chart>`;

/** Relative poverty by zone, 2010: demo/data/nigeria-poverty-by-zone.csv (cited in demo/data/README.md). */
export const CALLOUT_EXAMPLE = `<lnob-chart template="ranked-bar"
  src="demo/data/nigeria-poverty-by-zone.csv"
  category-column="zone" value-column="poverty_rate"
  title="Poverty is highest in the North West of Nigeria"
  subtitle="Relative poverty by geopolitical zone, 2010"
  source="National Bureau of Statistics, Nigeria Poverty Profile 2010; Leave No One Behind Partnership">
  <script type="text/csv" data-role="annotations">
    x,text
    North West,7 in 10 people live in poverty
  </script>
</lnob-chart>`;

/** The example drawn, and its code to copy. */
function renderMarkup(markup: string): HTMLElement {
  const frame = document.createElement('section');
  frame.style.maxWidth = '720px';
  const holder = document.createElement('template');
  holder.innerHTML = markup.replace('<lnob-chart ', '<lnob-chart eager ');
  const panel = document.createElement('lnob-code-panel') as HTMLElement & { code: string };
  panel.code = markup;
  frame.append(holder.content, panel);
  return frame;
}

const meta: Meta = {
  title: 'Guides/Annotations',
  excludeStories: ['EVENTS_EXAMPLE', 'CALLOUT_EXAMPLE'],
  parameters: { lnob: { template: '', expect: { kind: 'page' } } },
};
export default meta;

export const Events: StoryObj = { name: 'Events on a trend', render: () => renderMarkup(EVENTS_EXAMPLE) };
export const Callout: StoryObj = { name: 'A call-out on a bar', render: () => renderMarkup(CALLOUT_EXAMPLE) };
