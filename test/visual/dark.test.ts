import { chartSuite } from './chart-suite.js';

chartSuite('dark');
