// The prefilter may only skip patterns that cannot match: every time a pattern's regex matches a sentence,
// the index must have flagged that pattern. Checked on the catalogue's own examples and on random sentences
// built from the patterns' words, apostrophes, hyphens and punctuation.

import * as assert from 'assert';
import fc from 'fast-check';
import { catalogue } from '../../src/rules/engine';
import { matchPattern, wordPieces } from '../../src/rules/pattern';
import { RULES } from '../../src/rules/catalogue';

function assertNoMissedMatch(norm: string): void {
  const cat = catalogue();
  const flags = cat.prefilter.candidates(norm);
  for (const rule of cat.rules) {
    if (rule.def.imperative) continue;
    for (const p of rule.patterns) {
      // a pattern the index let through cannot be missed: only the skipped ones need their expression run
      if (flags && flags[p.id]) continue;
      const matched = !matchPattern(p.compiled, norm).next().done;
      assert.ok(!matched, `prefilter skipped ${rule.def.id} pattern "${p.compiled.source}" on: ${norm}`);
    }
  }
}

describe('prefilter', function () {
  // every pattern runs on an instance of every pattern: the time grows with the catalogue, more so on a busy machine
  this.timeout(60_000);

  it('cuts words into the pieces a pattern word can occupy', () => {
    assert.deepStrictEqual(wordPieces("you're drug-seeking, isn't it"), ['you', "you're", "'re", 'drug', 'seeking', 'isn', "isn't", "'t", 'it']);
    assert.deepStrictEqual(wordPieces("'til y'all'd"), ["'til", 'y', "y'all", "y'all'd", "'all", "'all'd", "'d"]);
  });

  it('flags every pattern that matches a catalogue example', () => {
    for (const r of RULES) for (const s of [...r.examples.flag, ...r.examples.pass]) assertNoMissedMatch(s.toLowerCase().replace(/[\u2018\u2019]/g, "'"));
  });

  it('flags every pattern that matches an instance of any pattern', () => {
    const fill: Record<string, string> = { ADV: 'really', VERB: 'stop', PERSON: 'client', BE: 'is', ART: 'the', POSS: 'his', SUBSTANCE: 'alcohol', WORD: 'thing', GERUND: 'drinking' };
    const instance = (src: string, pick: (alts: string[]) => string): string => {
      let t = src.replace(/\{([A-Za-z]+)(?:=[a-z]+)?\}/g, (_, m: string) => fill[m.toUpperCase()] ?? 'thing');
      // innermost groups first, until none is left
      for (let k = 0; k < 20 && /[([]/.test(t); k++) t = t.replace(/[([]([^()[\]]*)[)\]]/g, (_, inner: string) => pick(inner.split('|')));
      return t.replace(/[<>^$?]|\.\.\.|\u2026/g, ' ').replace(/ +'/g, "'").replace(/ +/g, ' ').trim() + '.';
    };
    let matched = 0;
    for (const r of RULES) {
      for (const m of r.match) {
        const src = typeof m === 'string' ? m : m.pattern;
        for (const pick of [(a: string[]) => a[0], (a: string[]) => a[a.length - 1], (a: string[]) => a[a.length >> 1]]) {
          const s = instance(src, pick).toLowerCase();
          assertNoMissedMatch(s);
          assertNoMissedMatch(`so, ${s} and you're right`);
          // (counted only up to the bar below: every pattern on every instance again would double the test's time)
          if (matched <= 100 && catalogue().rules.some((cr) => cr.patterns.some((p) => !matchPattern(p.compiled, s).next().done))) matched++;
        }
      }
    }
    assert.ok(matched > 100, `only ${matched} instances matched any pattern: the generator no longer exercises the index`);
    // every instance runs against every pattern: the time grows with the square of the catalogue (~20 s at 800 patterns on a loaded machine)
  }).timeout(60_000);

  it('flags every pattern that matches a random sentence made of the patterns\' words', () => {
    const vocab = new Set<string>();
    for (const r of RULES) for (const m of r.match) for (const w of (typeof m === 'string' ? m : m.pattern).toLowerCase().match(/[a-z][a-z'-]*/g) ?? []) vocab.add(w);
    const words = [...vocab, 'client', 'he', 'she', 'drinking', 'really', 'call', 'x'];
    const glue = [' ', ' ', ' ', ', ', "'", '-', '. ', ' (', ') ', '"'];
    const sentence = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...glue)), { minLength: 1, maxLength: 12 }).map((parts) => parts.map(([w, g]) => w + g).join('').trim());
    fc.assert(fc.property(sentence, (s) => assertNoMissedMatch(s)), { numRuns: 3000, seed: 9 });
  });
});
