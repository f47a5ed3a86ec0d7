#!/usr/bin/env node
// Writes src/core/verb-lexicon.ts: the words compromise reads as a base-form verb when they start a
// sentence, so the lint can tell imperatives without loading compromise (a few hundred ms cold). Run by
// hand when compromise is upgraded; the output is committed. Deterministic.
//
//   node scripts/gen-verb-lexicon.js [TEXT-OR-CSV ...]
//
// (the committed lexicon: node scripts/gen-verb-lexicon.js ../shared/corpora/counsel-chat.csv ../shared/annomi-dev/AnnoMI-dev.csv)
//
// The vocabulary is compromise's own lexicon (with the infinitives of its conjugated forms), plus the words
// of any texts given (e.g. ../shared/corpora/counsel-chat.csv): compromise guesses regular verbs that are
// not in its lexicon ("remind", "prioritize"), so words from real text let it answer for them too. Every
// word is asked alone ("W.") and before an object ("W your plan.", "W to them."); the answers sort it into
//   VERBS        a verb in every frame and never a noun or adjective in the lexicon ("try", "avoid")
//   NOUN_VERBS   a verb in every frame but also a noun ("call", "stop", "walk"): the context decides
//   ADJ_VERBS    a verb only before an object ("close your eyes", "clear your desk", "slow down")
//   NOT_VERBS    known words that the run-time guess for unknown words (suffixes, prefixes) would misread
//   COMPOUNDS    two-word entries that start with such a word but are a noun or adjective ("spot on")
// and the guess itself, compromise's suffix table reduced to verb / not a verb.
'use strict';
const fs = require('fs');
const path = require('path');

const nlp = ((m) => m.default ?? m)(require('compromise'));
const world = nlp.world();
const lex = world.model.one.lexicon;
const switches = world.model.two.switches;
const toInfinitive = world.methods.two.transform.verb.toInfinitive;

const WORD = /^[a-z][a-z-]*[a-z]$/;
const EXCLUDED = /Gerund|PastTense|Participle|Modal|Auxiliary|Copula/;

/** The lint's question: is the first term a base-form verb (imperative or infinitive)? */
function baseVerbFirst(text) {
  const tags = nlp(text).docs[0]?.[0]?.tags;
  return !!tags && tags.has('Verb') && ![...tags].some((t) => EXCLUDED.test(t)) && (tags.has('Imperative') || tags.has('Infinitive'));
}

const vocabulary = new Set();
for (const [word, tag] of Object.entries(lex)) {
  if (!WORD.test(word)) continue;
  vocabulary.add(word);
  for (const form of ['PastTense', 'PresentTense', 'Gerund']) {
    if (![].concat(tag).includes(form)) continue;
    const inf = toInfinitive(word, world.model, form);
    if (inf && WORD.test(inf)) vocabulary.add(inf);
  }
}
for (const word of Object.keys(switches)) if (WORD.test(word)) vocabulary.add(word);
for (const file of process.argv.slice(2)) {
  for (const w of fs.readFileSync(file, 'utf8').toLowerCase().match(/[a-z][a-z-]*[a-z]/g) ?? []) if (w.length <= 20) vocabulary.add(w);
}

const isNounOrAdj = (word) =>
  /Noun|Actor|Person|Adj/.test(switches[word] ?? '') || [].concat(lex[word] ?? []).some((t) => /Singular|Noun|Uncountable|Plural|Adjective/.test(t));

const verbs = [];
const nounVerbs = [];
const adjVerbs = [];
const words = [...vocabulary].sort();
for (const w of words) {
  const alone = baseVerbFirst(`${w}.`) && baseVerbFirst(`${w} to them.`);
  if (alone) (isNounOrAdj(w) ? nounVerbs : verbs).push(w);
  else if (baseVerbFirst(`${w} your plan.`) && /Adj\|Present/.test(switches[w] ?? '')) adjVerbs.push(w);
}

// compromise's suffix table (longest suffix first decides), reduced to v(erb) / n(ot), and its endsWith
// rules that make an infinitive.
const suffixes = [];
world.model.two.suffixPatterns.forEach((table) => {
  for (const [suffix, tag] of Object.entries(table ?? {})) if (/^[a-z]+$/.test(suffix)) suffixes.push(`${suffix}:${tag === 'Infinitive' || tag === 'Verb' ? 'v' : 'n'}`);
});

// The run-time guess for words not in the lists, mirrored here to find the known words it would misread.
const { guessVerb } = loadGuess(suffixes.join(' '), new Set([...verbs, ...nounVerbs]));
const listed = new Set([...verbs, ...nounVerbs, ...adjVerbs]);
const notVerbs = words.filter((w) => !listed.has(w) && guessVerb(w));

// Everyday instruction verbs that compromise reads as a noun or does not know ("Swap the chips for fruit",
// "Postpone the move", "Floss every night", "Skip dessert"), listed by hand: a verb the lexicon lacks makes
// an imperative invisible. Each joins NOUN_VERBS, so the next words still decide ("Email sent to PO" is a
// subject). Words that mostly start a note as a noun ("Dose increased", "Water intake", "Shower chair") stay out.
const EVERYDAY_VERBS = `
  abstain alternate babyproof binge bookmark brew broil cajole carpool childproof chuck chug coax comb compare cook
  cram crochet cuddle declutter decompress defrost detox dim doodle double-check doublecheck dust ease email facetime
  fax floss flush gargle google halt halve microwave munch mute nap nibble nix padlock paddle paraphrase pare pedal
  pester photocopy postpone prep proofread puree purge ration reapply recline redirect refrain reset reword rinse rsvp
  scoop scold scrap scrub shampoo shovel shred shut simmer sketch skim skimp skip slice snack splurge squeeze squat
  stash stomp stroll swaddle swap swish thaw tidy tithe unclench unfriend vent wiggle
  bandage batch binge-watch browse clench crouch dm flex gamble ice journal massage meal-prep mentor ping portion
  role-play sprint taper tap tape trash tutor tweet vape
`.split(/\s+/).filter(Boolean);
const known = new Set([...verbs, ...nounVerbs, ...adjVerbs]);
for (const w of EVERYDAY_VERBS) if (!known.has(w)) nounVerbs.push(w);
nounVerbs.sort();
notVerbs.splice(0, notVerbs.length, ...notVerbs.filter((w) => !EVERYDAY_VERBS.includes(w)));

// Two-word entries of the lexicon that start with a verb but are something else: "spot on", "head start".
const compounds = Object.entries(lex)
  .filter(([k, t]) => /^[a-z]+ [a-z]+$/.test(k) && listed.has(k.split(' ')[0]) && ![].concat(t).some((x) => /Verb|Infinitive|PastTense|Gerund|PresentTense|Participle|Imperative/.test(x)))
  .map(([k]) => k.replace(' ', '_'))
  .sort();

const out = path.join(__dirname, '..', 'src', 'core', 'verb-lexicon.ts');
const list = (name, doc, ws) => `/** ${doc} */\nexport const ${name} = '${ws.join(' ')}';\n`;
fs.writeFileSync(
  out,
  `// Generated by scripts/gen-verb-lexicon.js from compromise ${nlp.version}: the words it reads as a
// base-form verb at the start of a sentence. Do not edit; regenerate. Space-separated for a small bundle.
/* eslint-disable */
${list('VERBS', 'A verb in every frame, never a noun or adjective.', verbs)}
${list('NOUN_VERBS', 'A verb in every frame, also a noun: the next words decide.', nounVerbs)}
${list('ADJ_VERBS', 'A verb only before an object ("close your eyes").', adjVerbs)}
${list('NOT_VERBS', 'Known words that the guess for unknown words would wrongly call verbs.', notVerbs)}
${list('COMPOUNDS', 'Two-word compounds that start with a verb but are not one ("spot_on", "head_start").', compounds)}
${list('SUFFIXES', "compromise's suffix table: suffix:v (a verb) or suffix:n (something else); the longest match decides.", suffixes)}`,
);
console.log(`wrote ${path.relative(process.cwd(), out)}: ${verbs.length} verbs, ${nounVerbs.length} noun/verbs, ${adjVerbs.length} adjective/verbs, ${notVerbs.length} exceptions, ${compounds.length} compounds, ${suffixes.length} suffixes (vocabulary ${words.length})`);

/** The guess of src/core/verb-class.ts (verb-guess.ts), compiled from the TypeScript so both stay one implementation. */
function loadGuess(suffixTable, known) {
  const src = fs.readFileSync(path.join(__dirname, '..', 'src', 'core', 'verb-guess.ts'), 'utf8');
  const js = require('esbuild').transformSync(src, { loader: 'ts', format: 'cjs' }).code;
  const mod = { exports: {} };
  new Function('module', 'exports', 'require', js)(mod, mod.exports, require);
  const guess = mod.exports.verbGuesser(suffixTable, (w) => known.has(w));
  return { guessVerb: guess };
}
