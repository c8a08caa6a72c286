import { CASES, describeFuzzing } from './fuzz.js';

describeFuzzing(0 * (CASES / 4), 1 * (CASES / 4) - 1);
