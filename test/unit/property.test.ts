// The reliability properties (test/fuzz/properties.ts), bounded for `npm test`: a fixed seed, so a failure
// here reproduces exactly; `npm run fuzz` runs the same properties 10,000+ times each with a fresh seed.

import fc from 'fast-check';
import { properties } from '../fuzz/properties';

const SEED = 20261122;
const RUNS = 50;

describe('properties (bounded run, seed ' + SEED + ')', () => {
  for (const p of properties({ maxLongLine: 3000, maxEdits: 6 })) {
    it(p.name, () => {
      fc.assert(p.property as fc.IRawProperty<unknown>, { seed: SEED, numRuns: Math.ceil(RUNS / (p.cost ?? 1)) });
    });
  }
});
