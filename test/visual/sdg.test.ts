import { chartSuite } from './chart-suite.js';

chartSuite('sdg');
