import { CASES, describeFuzzing } from './fuzz.js';

describeFuzzing(3 * (CASES / 4), 4 * (CASES / 4) - 1);
