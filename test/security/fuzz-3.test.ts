import { CASES, describeFuzzing } from './fuzz.js';

describeFuzzing(2 * (CASES / 4), 3 * (CASES / 4) - 1);
