// Grammatical person: "you" → "they" for advice told about "some people", and the client's "I" → "you"
// (with verb agreement) for reflections. Works token by token so a word is swapped once, never back.

const WORD = /[A-Za-z]+(?:['\u2019][A-Za-z]+)*/g;

interface Token {
  text: string;
  start: number;
  end: number;
  /** Lower case, straight apostrophes. */
  key: string;
}

function tokens(s: string): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(WORD)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length, key: m[0].toLowerCase().replace(/\u2019/g, "'") });
  return out;
}

/** Replaces tokens by index with new words, keeping everything between them and the original apostrophe style. */
function rebuild(s: string, toks: Token[], swaps: Map<number, string>): string {
  let out = '';
  let at = 0;
  toks.forEach((t, i) => {
    const w = swaps.get(i);
    if (w === undefined) return;
    const curly = t.text.includes('\u2019');
    out += s.slice(at, t.start) + caseLike(curly ? w.replace(/'/g, '\u2019') : w, t.text);
    at = t.end;
  });
  return out + s.slice(at);
}

function caseLike(w: string, model: string): string {
  if (model === 'I' || model.startsWith("I'") || model.startsWith('I\u2019')) return w; // "I" is capital anywhere
  if (/^[A-Z]/.test(model)) return w.charAt(0).toUpperCase() + w.slice(1);
  return w.replace(/^I\b/, 'I');
}

// After these, "you" is an object ("help you", "with you"); after a subordinator or at a clause start, a subject.
const TAKES_OBJECT = new Set([
  'to', 'for', 'with', 'at', 'about', 'from', 'of', 'on', 'by', 'into', 'onto', 'without', 'than', 'like', 'around',
  'toward', 'towards', 'against', 'behind', 'upon', 'near', 'help', 'helps', 'let', 'lets', 'make', 'makes', 'tell',
  'tells', 'ask', 'asks', 'give', 'gives', 'call', 'calls', 'see', 'sees', 'hear', 'remind', 'reminds', 'support',
  'supports', 'keep', 'keeps', 'leave', 'leaves', 'hurt', 'hurts', 'bother', 'bothers', 'get', 'gets', 'show', 'shows',
  'take', 'takes', 'bring', 'brings', 'send', 'meet', 'trust', 'protect', 'teach', 'pay', 'owe', 'love', 'need', 'want',
  'thank', 'pushes', 'push', 'drive', 'drives', 'stress', 'stresses', 'calm', 'calms', 'relax', 'relaxes', 'cost', 'costs',
]);

/** "call your sponsor when you get home" → "call their sponsor when they get home". */
export function toThirdPlural(s: string): string {
  const toks = tokens(s);
  const swaps = new Map<number, string>();
  const map: Record<string, string> = {
    your: 'their', yours: 'theirs', yourself: 'themselves', yourselves: 'themselves', "you're": "they're",
    "you've": "they've", "you'll": "they'll", "you'd": "they'd", "y'all": 'they',
  };
  toks.forEach((t, i) => {
    if (map[t.key]) swaps.set(i, map[t.key]);
    else if (t.key === 'you') swaps.set(i, isObjectYou(toks, i) ? 'them' : 'they');
  });
  return rebuild(s, toks, swaps);
}

function isObjectYou(toks: Token[], i: number): boolean {
  const prev = toks[i - 1]?.key;
  if (prev === undefined) return false;
  // a verb with a third-person subject before "you": "someone who knows you well", "a friend that gets you"
  if (/^[a-z]+s$/.test(prev) && !/^(?:is|was|has|does|as|us|yes|this|thus|plus|less|unless)$/.test(prev) && /^(?:who|that|which|he|she|it|someone|somebody|everyone|everybody|nobody)$/.test(toks[i - 2]?.key ?? '')) return true;
  return TAKES_OBJECT.has(prev);
}

// The client's words addressed to the counselor ("you don't understand") — the only "you" a reflection swaps
// to "I"; other "you"s in client speech are generic ("you never know") and stay.
const ADDRESSED_YOU = /^(?:you(?:'re| are)? (?:don't |do not |never |always |just |not )?(?:understand|get it|listen|listening|care|said|told|tell|think|keep telling|want me|expect me|asked|judge|judging|telling me|asking me))/;

/**
 * The client's words in the counselor's mouth: I → you, my → your, me → you, am → are, I'm → you're, we →
 * you…; the counselor addressed as "you" becomes "I". Keeps every other word as the client said it.
 */
export function swapPersons(s: string): string {
  const toks = tokens(s);
  const swaps = new Map<number, string>();
  const firstToSecond: Record<string, string> = {
    i: 'you', me: 'you', my: 'your', mine: 'yours', myself: 'yourself', "i'm": "you're", "i've": "you've",
    "i'll": "you'll", "i'd": "you'd", we: 'you', us: 'you', our: 'your', ours: 'yours', ourselves: 'yourselves',
    "we're": "you're", "we've": "you've", "we'll": "you'll", "we'd": "you'd",
  };
  const lower = s.toLowerCase().replace(/\u2019/g, "'");
  toks.forEach((t, i) => {
    const k = t.key;
    if (firstToSecond[k] !== undefined) {
      // "us" after "let's" stays part of the idiom; "us" elsewhere is the client and others
      swaps.set(i, firstToSecond[k]);
      return;
    }
    if ((k === 'you' || k === "you're" || k === 'your' || k === 'yourself') && ADDRESSED_YOU.test(lower.slice(t.start))) {
      swaps.set(i, k === "you're" ? "I'm" : k === 'your' ? 'my' : k === 'yourself' ? 'myself' : isObjectYou(toks, i) ? 'me' : 'I');
      return;
    }
    // verb agreement with the new subject
    const prev = toks[i - 1]?.key;
    const prev2 = toks[i - 2]?.key;
    const subjectBefore = prev === 'i' || prev === 'we' || (prev2 === 'i' && ADVERB.test(prev ?? ''));
    if (subjectBefore && (k === 'am' || k === 'was' || k === "wasn't")) swaps.set(i, k === 'am' ? 'are' : k === 'was' ? 'were' : "weren't");
    const next = toks[i + 1]?.key;
    if ((k === 'am' || k === 'was' || k === "wasn't") && (next === 'i')) swaps.set(i, k === 'am' ? 'are' : k === 'was' ? 'were' : "weren't");
    const addressedSubject = swaps.get(i - 1) === 'I';
    if (addressedSubject && (k === 'are' || k === 'were' || k === "aren't" || k === "weren't")) swaps.set(i, { are: 'am', were: 'was', "aren't": 'am not', "weren't": "wasn't" }[k]!);
  });
  return rebuild(s, toks, swaps);
}

const ADVERB = /^(?:really|just|also|still|always|never|even|actually|honestly|kind|sort|truly|only|already|ever)$/;
