// Generates realistic session notes and transcripts from the small committed seed (seed/phrases.json) with a
// fixed-seed PRNG, so every run of the benchmark lints exactly the same text. Mostly neutral clinical prose,
// mixed with the directive, confronting, stigmatizing, autonomy, reflection and question phrases of MI-GUIDE.md.
'use strict';
const SEED = require('./seed/phrases.json');

/** mulberry32: small, fast, deterministic. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function words(text) {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}

class Writer {
  constructor(seed) {
    this.rand = prng(seed);
  }
  int(lo, hi) {
    return lo + Math.floor(this.rand() * (hi - lo + 1));
  }
  pick(list) {
    return list[Math.floor(this.rand() * list.length)];
  }
  /** Picks a category by weight, then a phrase from it, and fills its slots. */
  sentence(weights) {
    let r = this.rand() * weights.reduce((s, [, w]) => s + w, 0);
    let cat = weights[0][0];
    for (const [c, w] of weights) {
      if ((r -= w) < 0) {
        cat = c;
        break;
      }
    }
    return this.fill(this.pick(SEED[cat]));
  }
  fill(template) {
    const [he, his] = this.pick(SEED.pronouns);
    const slots = {
      name: () => this.pick(SEED.names),
      he: () => he,
      his: () => his,
      n: () => String(this.int(2, 9)),
      day: () => this.pick(SEED.days),
      substance: () => this.pick(SEED.substances),
      med: () => this.pick(SEED.meds),
      person: () => this.pick(SEED.persons),
      place: () => this.pick(SEED.places),
    };
    const out = template.replace(/\{([a-z]+)\}/g, (_, k) => slots[k]());
    return out[0].toUpperCase() + out.slice(1);
  }
  sentences(weights, lo, hi) {
    const out = [];
    for (let i = this.int(lo, hi); i > 0; i--) out.push(this.sentence(weights));
    return out.join(' ');
  }
}

const NOTE_FIELDS = [['neutral', 14], ['stigma', 3], ['reflection', 0.5]];
const PLAN = [['neutral', 6], ['directive', 1], ['stigma', 1]];
const MESSAGE = [['directive', 3], ['confront', 1.5], ['autonomy', 1.5], ['reflection', 2], ['question', 2], ['neutral', 2]];
const COUNSELOR = [['reflection', 5], ['question', 5], ['autonomy', 1.5], ['directive', 1.5], ['confront', 0.7], ['permission', 0.5], ['neutral', 1]];
const CLIENT = [['client', 1]];

/** One session note: SOAP fields, a drafted message to the client and a transcript excerpt, in Markdown. */
function session(w, k) {
  const parts = [`# Session note ${k} (fictional)`];
  parts.push(`**S:** ${w.sentences(NOTE_FIELDS, 3, 6)} Client stated, "I need to cut back before I lose my job."`);
  parts.push(`**O:** ${w.sentences(NOTE_FIELDS, 2, 5)}`);
  parts.push(`**A:** ${w.sentences(NOTE_FIELDS, 2, 4)}`);
  parts.push(`**P:** ${w.sentences(PLAN, 2, 4)}`);
  parts.push('## Draft message to client');
  parts.push(`Hi ${w.pick(SEED.names)}, thanks for coming in today. ${w.sentences(MESSAGE, 3, 6)}`);
  parts.push('## Transcript excerpt');
  for (let t = w.int(4, 8); t > 0; t--) {
    parts.push(`Counselor: ${w.sentences(COUNSELOR, 1, 3)}`);
    parts.push(`Client: ${w.sentences(CLIENT, 1, 3)}`);
  }
  return parts.join('\n\n');
}

/** A note document of at least `target` words: as many sessions as it takes. */
function note(target, seed = 1) {
  const w = new Writer(seed);
  const out = [];
  let n = 0;
  for (let k = 1; n < target; k++) {
    const s = session(w, k);
    out.push(s);
    n += words(s);
  }
  return out.join('\n\n') + '\n';
}

/** A transcript of at least `target` words: counselor and client turns, one paragraph each. */
function transcript(target, seed = 1) {
  const w = new Writer(seed);
  const out = [`# Session transcript ${seed} (fictional)`];
  let n = 0;
  while (n < target) {
    const c = `Counselor: ${w.sentences(COUNSELOR, 1, 4)}`;
    const p = `Client: ${w.sentences(CLIENT, 1, 4)}`;
    out.push(c, p);
    n += words(c) + words(p);
  }
  return out.join('\n\n') + '\n';
}

module.exports = { note, transcript, words };

if (require.main === module) {
  // node bench/generate.js note 2000 | transcript 1500
  const [kind = 'note', size = '2000'] = process.argv.slice(2);
  process.stdout.write((kind === 'transcript' ? transcript : note)(Number(size)));
}
