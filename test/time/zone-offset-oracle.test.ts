import { describeZoneOracle } from './zone-oracle.js';

// In the default browser the visitor is in Berlin; zone-offset-oracle.new-york.test.ts runs the same in New York.
describeZoneOracle('Europe/Berlin');
