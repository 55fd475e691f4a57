import { twoCopiesSuite } from './two-copies.js';

twoCopiesSuite('npm-first');
