// The fourth way to give a chart its data: rows as objects on the .data property.
document.getElementById('from-property').data = [
  { category: 'North West', value: 70 },
  { category: 'North East', value: 69 },
  { category: 'South West', value: 49.8 },
];

// Events bubble: one listener for the whole page.
let rendered = 0;
document.addEventListener('lnob-render', () => {
  rendered++;
  document.getElementById('events').textContent = `${rendered} chart renders so far.`;
});
document.addEventListener('lnob-error', (event) => console.info('lnob-error', event.detail.code, event.detail.message));
