import { describeZoneOracle } from './zone-oracle.js';

// The visitor in New York: New York's offsets come from `Date`, Berlin's from Intl.
describeZoneOracle('America/New_York');
