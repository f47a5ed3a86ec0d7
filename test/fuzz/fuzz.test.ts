// `npm run fuzz`: every reliability property at 10,000+ generated cases. The seed is printed first; rerun a
// failure with FUZZ_SEED=<seed> (and FUZZ_RUNS to change the count).

import fc from 'fast-check';
import { properties } from './properties';

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;
const RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : 10_000;

describe(`fuzz: ${RUNS} cases per property, seed ${SEED} (FUZZ_SEED=${SEED} to reproduce)`, () => {
  before(() => console.log(`  fuzz seed ${SEED}, ${RUNS} runs per property`));
  for (const p of properties({ maxLongLine: 8000, maxEdits: 12 })) {
    it(p.name, function () {
      this.timeout(0);
      const t0 = Date.now();
      fc.assert(p.property as fc.IRawProperty<unknown>, { seed: SEED, numRuns: RUNS });
      console.log(`    ${RUNS} cases in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    });
  }
});
