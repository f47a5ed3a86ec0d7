// The language work that needs a real tagger: is this sentence an imperative, what is this verb's -ing form.
// compromise is loaded on first use only (its cold load costs a few hundred ms), so activating the
// extension, starting the CLI on files without candidates, or loading dist/core.js stays fast.

/* eslint-disable @typescript-eslint/no-require-imports */
type Compromise = typeof import('compromise').default;

let nlp: Compromise | null = null;
let loads = 0;

function load(): Compromise {
  if (!nlp) {
    // A plain require keeps this lazy in the bundles too: the build maps it to dist/compromise.js.
    const mod = require('compromise');
    nlp = (mod.default ?? mod) as Compromise;
    loads++;
  }
  return nlp;
}

/** Whether compromise has been loaded in this process (for tests and the benchmark). */
export function nlpLoaded(): boolean {
  return nlp !== null;
}

export function nlpLoadCount(): number {
  return loads;
}

/** Verbs whose imperative invites the client to talk or is courtesy, not a directive. */
const EVOCATIVE_OR_COURTESY = new Set([
  'tell', 'describe', 'share', 'explain', 'say', 'imagine', 'picture', 'help', 'let', 'feel', 'walk', 'talk',
  'see', 'thank', 'welcome', 'hang', 'hold', 'come', 'sit', 'have', 'enjoy', 'excuse', 'pardon', 'forgive', 'look',
  'listen', 'wait', 'guess', 'suppose', 'correct', 'rate', 'fill', 'sign', 'hope', 'congratulations', 'mind', 'note',
  'notice', 'trust', 'be', 'know', 'continue', 'sounds', 'seems',
]);

/** Courtesy and evocative phrases that start with a verb that is otherwise directive ("take care"). */
const COURTESY_PHRASES =
  /^(?:please )?(?:go (?:on|ahead)|take (?:care|your time|a moment|a breath|a deep breath|it easy on yourself|a seat|a look)|keep (?:up the|in touch|going)|get (?:well|home safe)|call me|give me a call|give yourself|stay (?:safe|well|in touch)|be (?:kind|gentle|patient) (?:to|with) yourself|think (?:back|about (?:a time|what|how|whether|when|where|why|who))|consider (?:what|how|whether|this|that)|remember (?:when|a time|that time|what)|check in|notice (?:what|how|when|where))\b/;

/**
 * Whether a sentence (normalized) starts with an imperative verb addressed to the reader. Evocative
 * imperatives ("Tell me more") and courtesy ("Take care") are not directives.
 */
export function isDirectiveImperative(norm: string): boolean {
  const first = /^(?:please )?([a-z][a-z'-]*)/.exec(norm);
  if (!first) return false;
  if (EVOCATIVE_OR_COURTESY.has(first[1])) return false;
  if (COURTESY_PHRASES.test(norm)) return false;
  const doc = load()(norm.replace(/^please /, ''));
  const json = doc.json() as Array<{ terms: Array<{ tags: string[] }> }>;
  const term = json[0]?.terms[0];
  if (!term) return false;
  const tags = new Set(term.tags);
  if (!tags.has('Verb')) return false;
  if (tags.has('PastTense') || tags.has('Gerund') || tags.has('Participle') || tags.has('Modal') || tags.has('Auxiliary') || tags.has('Copula')) return false;
  return tags.has('Imperative') || tags.has('Infinitive');
}

/** Words that can never start an imperative; checked before paying for compromise. */
const NEVER_IMPERATIVE = new Set([
  'i', 'you', 'he', 'she', 'it', 'we', 'they', 'me', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'this', 'that',
  'these', 'those', 'the', 'a', 'an', 'some', 'any', 'all', 'no', 'not', 'so', 'and', 'but', 'or', 'if', 'when', 'what',
  'how', 'why', 'where', 'who', 'which', 'whose', 'while', 'because', 'as', 'at', 'in', 'on', 'of', 'for', 'with', 'to',
  'from', 'by', 'about', 'after', 'before', 'since', 'there', 'here', 'then', 'now', 'yes', 'yeah', 'no', 'okay', 'ok',
  'well', 'oh', 'um', 'uh', 'mm', 'hmm', 'mhm', 'mm-hmm', 'right', 'sure', 'great', 'good', 'wow', 'alright', 'thanks',
  'thank', 'hi', 'hello', 'client', 'pt', 'patient', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could',
  'would', 'will', 'should', 'may', 'might', 'must', 'have', 'has', 'had', 'it\'s', 'that\'s', 'i\'m', 'you\'re', 'i\'ve',
  'you\'ve', 'there\'s', 'let\'s', 'maybe', 'perhaps', 'also', 'just', 'really', 'very', 'one', 'two', 'three', 'other',
  'another', 'each', 'every', 'many', 'much', 'more', 'most', 'both', 'either', 'neither', 'like', 'exactly', 'absolutely',
  'definitely', 'certainly', 'actually', 'mr', 'mrs', 'ms', 'dr', 'today', 'yesterday', 'tomorrow', 'tonight', 'last', 'next',
]);

/** A cheap test run before compromise: could this sentence be an imperative at all? */
export function couldBeImperative(norm: string): boolean {
  const m = /^(?:please )?([a-z][a-z'-]*)(?: |$)/.exec(norm);
  if (!m) return false;
  const w = m[1];
  if (NEVER_IMPERATIVE.has(w)) return false;
  if (/(?:ing|ly)$/.test(w)) return false;
  if (/[^e]ed$/.test(w)) return false; // past tense; "need", "feed", "proceed" pass
  if (/[^s]s$/.test(w) && !/(?:us|ss|is)$/.test(w)) return false;
  return /[.!]?$/.test(norm) && !norm.endsWith('?');
}

/** The -ing form of a verb ("stop" → "stopping", "take" → "taking", "lie" → "lying"). */
export function gerund(verb: string): string {
  const v = verb.toLowerCase();
  if (v.endsWith('ing')) return verb;
  const out = load()(v).verbs().toGerund().text().replace(/^(?:is|are|am|be)\s+/, '');
  return out && !out.includes(' ') ? out : fallbackGerund(v);
}

function fallbackGerund(v: string): string {
  if (v.endsWith('ie')) return v.slice(0, -2) + 'ying';
  if (v.endsWith('e') && !v.endsWith('ee')) return v.slice(0, -1) + 'ing';
  return v + 'ing';
}

/** The compromise instance, for rewrites that need more than the helpers above. */
export function compromise(): Compromise {
  return load();
}
