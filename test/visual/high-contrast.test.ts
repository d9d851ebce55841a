import { chartSuite } from './chart-suite.js';

chartSuite('high-contrast');
