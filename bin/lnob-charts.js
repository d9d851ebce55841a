#!/usr/bin/env node
// `npx lnob-charts render …`: draw a chart to SVG or PNG without a browser (see cli/main.ts).
import '../dist/cli/main.js';
