import { expect } from '@open-wc/testing';
import '../../index.js';
import type { LnobStat } from '../../index.js';
import type { LnobErrorDetail } from '../../components/shared/events.js';
import { sparkline } from '../../components/lnob-stat/sparkline.js';
import { registerTheme } from '../../themes/index.js';

const hosts: HTMLElement[] = [];

/** Mounts markup and waits until the first <lnob-stat> in it shows its final state (data included). */
async function card(markup: string): Promise<{ stat: LnobStat; host: HTMLElement; errors: LnobErrorDetail[] }> {
  const host = document.createElement('div');
  host.style.width = '320px';
  const errors: LnobErrorDetail[] = [];
  host.addEventListener('lnob-error', (event) => errors.push(event.detail));
  host.innerHTML = markup;
  document.body.append(host);
  hosts.push(host);
  const stat = host.querySelector('lnob-stat')!;
  await stat.updateComplete;
  return { stat, host, errors };
}

function part(stat: LnobStat, name: string): HTMLElement | null {
  return stat.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}
function text(stat: LnobStat, name: string): string {
  return part(stat, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}
/** What a screen reader reads for the number: the one sentence, the visual parts being hidden from it. */
function spoken(stat: LnobStat): string {
  const stat$ = part(stat, 'stat')!;
  const visual = stat$.querySelector('[aria-hidden="true"]');
  expect(visual, 'the visual number is hidden from screen readers').to.not.equal(null);
  return stat$.querySelector('.visually-hidden')!.textContent!.trim();
}

describe('sparkline()', () => {
  it('maps the points into the box, left to right, higher values higher up', () => {
    const line = sparkline([
      { x: 2021, y: 30 },
      { x: 2019, y: 10 },
      { x: 2020, y: 18 },
    ])!;
    expect(line.line).to.equal('M2 22 L50 14 L98 2');
    expect(line.end).to.equal('M98 2 Z');
  });

  it('draws a flat series through the middle and nothing for fewer than two points', () => {
    expect(sparkline([{ x: 0, y: 5 }, { x: 1, y: 5 }])!.line).to.equal('M2 12 L98 12');
    expect(sparkline([{ x: 0, y: 5 }])).to.equal(undefined);
    expect(sparkline([{ x: 0, y: 5 }, { x: 1, y: NaN }])).to.equal(undefined);
  });
});

describe('<lnob-stat>', () => {
  afterEach(() => hosts.splice(0).forEach((host) => host.remove()));

  it('is defined once and listed in HTMLElementTagNameMap', () => {
    const stat: LnobStat = document.createElement('lnob-stat');
    expect(customElements.get('lnob-stat')).to.equal(stat.constructor);
    expect(stat.updateComplete).to.be.instanceOf(Promise);
  });

  it('shows a number and its label, read as one sentence', async () => {
    const { stat, errors } = await card(`<lnob-stat value="30" label="national dialogues" source="LNOB Partnership deck"></lnob-stat>`);
    expect(text(stat, 'value')).to.equal('30');
    expect(text(stat, 'label')).to.equal('national dialogues');
    expect(spoken(stat)).to.equal('30 national dialogues.');
    expect(text(stat, 'source')).to.equal('Source: LNOB Partnership deck');
    expect(errors).to.have.length(0);
    await expect(stat).to.be.accessible();
  });

  it('writes a unit after the number: glued for a symbol, spaced for a word', async () => {
    const percent = await card(`<lnob-stat value="70" unit="%" label="of people in the North West are poor"></lnob-stat>`);
    expect(text(percent.stat, 'value')).to.equal('70%');
    expect(spoken(percent.stat)).to.equal('70% of people in the North West are poor.');
    const word = await card(`<lnob-stat value="211" unit="members" label="of Brazil's SDG commission"></lnob-stat>`);
    expect(text(word.stat, 'value')).to.equal('211 members');
  });

  it('shows a change with an arrow and says its direction in words, not by colour alone', async () => {
    const up = await card(`<lnob-stat value="30" label="dialogues" change="+12" change-label="since 2019"></lnob-stat>`);
    expect(text(up.stat, 'change')).to.equal('▲+12 since 2019');
    expect(spoken(up.stat)).to.equal('30 dialogues. Up 12 since 2019.');
    const down = await card(`<lnob-stat value="4.1" unit="%" label="unemployment" change="-0.5%" change-label="since 2022"></lnob-stat>`);
    expect(text(down.stat, 'change')).to.equal('▼−0.5% since 2022');
    expect(spoken(down.stat)).to.equal('4.1% unemployment. Down 0.5% since 2022.');
  });

  it('draws a sparkline from inline data, shows the last value and can compute the change', async () => {
    const { stat } = await card(`<lnob-stat label="dialogues held" change="auto" time-column="year" value-column="count">
      <script type="text/csv">
        year,count
        2019,10
        2020,18
        2021,30
      </script>
    </lnob-stat>`);
    expect(text(stat, 'value')).to.equal('30');
    expect(text(stat, 'change')).to.equal('▲+20 since 2019');
    const path = part(stat, 'sparkline')!.querySelector('path.line')!;
    // 2020 is a leap year: its 1st of January sits just left of the middle.
    expect(path.getAttribute('d')).to.equal('M2 22 L49.93 14 L98 2');
    expect(spoken(stat)).to.equal('30 dialogues held. Up 20 since 2019. Trend: from 10 in 2019 to 30 in 2021.');
  });

  it('never draws two numbers for one year as one line: a file of several countries is ambiguous-rows', async () => {
    const { stat, errors } = await card(`<lnob-stat label="poverty" change="auto" time-column="year">
      <script type="text/csv">
        country,year,value
        Kenya,2019,36.1
        Ghana,2019,24.2
        Kenya,2022,30.2
      </script>
    </lnob-stat>`);
    expect(errors.map((e) => e.code)).to.deep.equal(['ambiguous-rows']);
    expect(part(stat, 'sparkline')).to.equal(null);
    expect(stat.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('2 rows for 2019 with different numbers (36.1, 24.2)');
  });

  it('gives a computed change and the spoken trend the card’s unit', async () => {
    const { stat } = await card(`<lnob-stat label="of births registered" unit="%" change="auto" time-column="year" value-column="registered">
      <script type="text/csv">
        year,registered
        2015,61
        2019,68
        2023,74
      </script></lnob-stat>`);
    expect(text(stat, 'value')).to.equal('74%');
    // From 61% to 74% is 13 points, not 13% (issue 20).
    expect(text(stat, 'change')).to.equal('▲+13 points since 2015');
    expect(spoken(stat)).to.equal('74% of births registered. Up 13 points since 2015. Trend: from 61% in 2015 to 74% in 2023.');
  });

  it('says its change and trend in its language, in points for percentages (issue 20)', async () => {
    const data = `<script type="text/csv">
        year,registered
        2015,61%
        2023,74%
      </script>`;
    const { stat } = await card(`<div lang="fr"><lnob-stat label="des naissances enregistrées" change="auto" time-column="year" value-column="registered" source="UNICEF">${data}</lnob-stat></div>`);
    expect(text(stat, 'change')).to.equal('▲+13 points depuis 2015');
    expect(text(stat, 'source')).to.equal('Source : UNICEF');
    expect(spoken(stat)).to.equal('74% des naissances enregistrées. En hausse de 13 points depuis 2015. Évolution : de 61% en 2015 à 74% en 2023.');
    for (const [lang, change] of [['es', '▲+13 puntos desde 2015'], ['pt', '▲+13 pontos desde 2015']]) {
      stat.setAttribute('lang', lang!);
      await stat.updateComplete;
      expect(text(stat, 'change'), lang).to.equal(change);
    }
    stat.setAttribute('lang', 'ar');
    await stat.updateComplete;
    expect(text(stat, 'change')).to.match(/نقطة منذ/);
    expect(text(stat, 'change')).to.not.match(/since|points/);
  });

  it('keeps its text off the edges of its own background, on the dark theme too (issue 20)', async () => {
    const { stat } = await card(`<lnob-stat theme="dark" value="30" label="national dialogues" source="LNOB Partnership"></lnob-stat>`);
    const box = stat.getBoundingClientRect();
    for (const name of ['value', 'label', 'source']) {
      const inner = part(stat, name)!.getBoundingClientRect();
      expect(inner.left - box.left, name).to.be.at.least(8);
      expect(inner.top - box.top, name).to.be.at.least(8);
      expect(box.bottom - inner.bottom, name).to.be.at.least(8);
    }
    expect(getComputedStyle(stat).backgroundColor).to.equal('rgb(13, 17, 23)');
  });

  it('reads the same data inputs as the chart: a file (src) and the .data property', async () => {
    const file = await card(`<lnob-stat src="/test/stat/fixtures/series.csv" time-column="year" value-column="count" label="events"></lnob-stat>`);
    expect(text(file.stat, 'value')).to.equal('30');
    expect(part(file.stat, 'sparkline')).to.not.equal(null);

    const { stat } = await card(`<lnob-stat value="5,000+" label="respondents"></lnob-stat>`);
    stat.data = [
      { time: 2020, value: '40%' },
      { time: 2021, value: '45%' },
    ];
    await stat.updateComplete;
    expect(text(stat, 'value')).to.equal('5,000+'); // the page's value wins
    expect(part(stat, 'sparkline')!.querySelector('path.line')!.getAttribute('d')).to.equal('M2 22 L98 2');
  });

  it('formats numbers from data in the page’s language', async () => {
    const { stat } = await card(`<div lang="fr"><lnob-stat label="personnes"><script type="application/json">[{"value": 5000.5}]</script></lnob-stat></div>`);
    expect(text(stat, 'value').replace(/\s/g, ' ')).to.equal('5 000,5');
  });

  it('follows a change of its lang: numbers and the message are written the new language’s way', async () => {
    const { stat } = await card(`<lnob-stat label="people"><script type="application/json">[{"value": 5000.5}]</script></lnob-stat>`);
    expect(text(stat, 'value')).to.equal('5,000.5');
    stat.setAttribute('lang', 'fr');
    await stat.updateComplete;
    expect(text(stat, 'value').replace(/\s/g, ' ')).to.equal('5 000,5');

    const { stat: empty } = await card(`<lnob-stat label="dialogues"></lnob-stat>`);
    empty.setAttribute('lang', 'es');
    await empty.updateComplete;
    const alert = empty.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    expect(alert).to.not.contain('This card');
    expect(alert).to.contain('value="30"'); // what to write stays as code
  });

  it('says in plain words, with role="alert" and an lnob-error event, when it has nothing to show', async () => {
    const { stat, errors } = await card(`<lnob-stat label="national dialogues"></lnob-stat>`);
    expect(errors).to.deep.equal([
      {
        code: 'empty-data',
        message: 'This card has no number yet. Add value="30" (and label="national dialogues"), or give it data with src="your-file.csv".',
      },
    ]);
    const alert = stat.shadowRoot!.querySelector('[role="alert"]')!;
    expect((alert as HTMLElement).hidden).to.equal(false);
    expect(alert.textContent).to.contain('This card cannot be shown.').and.contain('Add value="30"');
    expect(part(stat, 'stat')).to.equal(null);
  });

  it('reports data problems with the chart’s error codes and messages', async () => {
    const missing = await card(`<lnob-stat label="x" time-column="year"><script type="text/csv">year,count\n2019,10</script></lnob-stat>`);
    expect(missing.errors[0]!.code).to.equal('missing-column');
    expect(missing.errors[0]!.message).to.contain('value-column="count"');
    const notFound = await card(`<lnob-stat label="x" src="/test/stat/fixtures/nope.csv"></lnob-stat>`);
    expect(notFound.errors[0]!.code).to.equal('fetch-failed');
  });

  it('recovers when the page fixes the problem', async () => {
    const { stat, errors } = await card(`<lnob-stat label="national dialogues"></lnob-stat>`);
    expect(errors).to.have.length(1);
    stat.setAttribute('value', '30');
    await stat.updateComplete;
    expect((stat.shadowRoot!.querySelector('[role="alert"]') as HTMLElement).hidden).to.equal(true);
    expect(spoken(stat)).to.equal('30 national dialogues.');
  });

  it('writes "Source" in its language, and follows a change of it', async () => {
    const { stat } = await card(`<div lang="fr"><lnob-stat value="30" label="dialogues" source="Partenariat LNOB"></lnob-stat></div>`);
    expect(text(stat, 'source')).to.equal('Source : Partenariat LNOB');
    stat.setAttribute('lang', 'es');
    await stat.updateComplete;
    expect(text(stat, 'source')).to.equal('Fuente: Partenariat LNOB');
  });

  it('links the source only for http(s)', async () => {
    const safe = await card(`<lnob-stat value="1" source="Deck" source-url="https://example.org/deck"></lnob-stat>`);
    expect(part(safe.stat, 'source')!.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/deck');
    const unsafe = await card(`<lnob-stat value="1" source="Deck" source-url="javascript:alert(1)"></lnob-stat>`);
    expect(part(unsafe.stat, 'source')!.querySelector('a')).to.equal(null);
  });

  it('takes the chart themes by name: built-in and registered', async () => {
    const { stat, host } = await card(`<lnob-stat value="30" label="dialogues" theme="dark"></lnob-stat>
      <lnob-chart theme="dark"></lnob-chart><lnob-stat value="1"></lnob-stat>`);
    const chart = host.querySelector('lnob-chart')!;
    await chart.updateComplete;
    const plain = host.querySelectorAll('lnob-stat')[1]!;
    expect(getComputedStyle(stat).backgroundColor).to.equal(getComputedStyle(chart).backgroundColor);
    expect(getComputedStyle(stat).backgroundColor).not.to.equal(getComputedStyle(plain).backgroundColor);

    registerTheme('stat-test-house', { '--lnob-color-accent': '#123456' });
    const house = await card(`<lnob-stat theme="stat-test-house" value="30"><script type="text/csv">value\n1\n2</script></lnob-stat>`);
    expect(getComputedStyle(part(house.stat, 'sparkline')!).color).to.equal('rgb(18, 52, 86)');
  });

  it('takes the --lnob-* tokens set by the page', async () => {
    const { stat } = await card(`<div style="--lnob-color-accent: rgb(200, 0, 100); --lnob-color-text: rgb(10, 20, 30)">
      <lnob-stat value="30" label="dialogues"><script type="text/csv">value\n1\n2</script></lnob-stat></div>`);
    expect(getComputedStyle(part(stat, 'sparkline')!).color).to.equal('rgb(200, 0, 100)');
    expect(getComputedStyle(part(stat, 'value')!).color).to.equal('rgb(10, 20, 30)');
  });
});
