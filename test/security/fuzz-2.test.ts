import { CASES, describeFuzzing } from './fuzz.js';

describeFuzzing(1 * (CASES / 4), 2 * (CASES / 4) - 1);
