import { twoCopiesSuite } from './two-copies.js';

twoCopiesSuite('cdn-first');
