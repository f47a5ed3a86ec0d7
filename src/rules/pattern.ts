// A small pattern language for rules, compiled to one linear regular expression over a normalized sentence
// (lower case, straight quotes; see core/segment.ts). It keeps the catalogue readable as data:
//
//   you [{ADV}] (should|ought to) {ADV} {VERB}
//
//   word            a literal word (apostrophes allowed: don't, you're)
//   (a|b c|d)       alternatives, each a sequence of tokens
//   [x y]           optional sequence
//   {NAME}          a macro from MACROS: a word class (ADV, PERSON …) or a slot captured for checks (VERB)
//   <  >            the highlighted part of the match (default: the whole match)
//   …  or ...       a gap of up to six words
//   {COMMA}         a comma right after the word before it: where an introductory clause ends ("If you can, …")
//   {CLAUSE}        a comma, semicolon or colon right after a word that can end a clause (not "um", "could"…)
//   {NOT_LIST}      after a word: no list goes on from it ("a, b, and c")
//   ^               the start of the sentence (after an optional "so", "and", "well", "but", "ok", or a hedge: "maybe")
//   $               the end of the sentence (before closing punctuation)
//   ?               right after a token: the token is optional (same as [x])
//
// Patterns compile without nested quantifiers, so matching stays linear (test/unit/redos.test.ts).

import { compileNow } from '../core/regex-warm';
import { precompiled } from './precompiled';

export interface CompiledPattern {
  source: string;
  regex: RegExp;
  /** compileNow() has run on `regex`. */
  native?: boolean;
}

// Words that may sit between "you" and a modal or after it without changing its force.
const ADVERBS = [
  'really', 'just', 'definitely', 'seriously', 'absolutely', 'honestly', 'truly', 'simply', 'certainly',
  'probably', 'also', 'still', 'all', 'both', 'now', 'then', 'actually', 'totally', 'only', 'at least',
  'first', 'immediately', 'right now', 'urgently', 'strongly', 'clearly', 'obviously', 'basically', 'seriously',
  'definately', 'please', 'def', 'defo', 'rly', 'srsly', 'honestly',
].filter((w, i, a) => a.indexOf(w) === i);

export const MACROS: Record<string, string> = {
  // zero or more adverbs (compiled specially in emit(): each adverb brings its own separator)
  ADV: '',
  // a comma attached to the previous word (compiled specially in emit())
  COMMA: ",(?<!\\b(?:um|uh|er|like|and|or|you know|i mean),)",
  // a comma, semicolon or colon attached to the previous word: where a clause ends and another may start
  // without a conjunction ("that sounds rough, try going for walks", "the answer is simple: stop")
  // (not after a filler, conjunction or auxiliary, which leave the clause unfinished: "you could, like, ride…",
  // "and, um, get…")
  // A clause led by a modal or "to" goes on as a list of verb phrases, not a new instruction ("you can work
  // outside, work with kids", "trying to build your career, get that going"), also after a parenthetical ("the
  // therapist may, if indicated, wish to…").
  // (the mark is matched first, so the look-behinds run at marks only and the match stays linear)
  CLAUSE: "[,;:](?<!\\b(?:um|uh|er|like|and|or|but|so|because|cause|if|when|then|well|okay|ok|yeah|right|mm|hmm|know|mean|could|would|should|can|will|might|may|must|to|the|a|an|just|is|are|was|were|be|don't|did|have|has|had)[,;:])(?<!\\b(?:can|could|will|would|may|might|must|should|to|gotta|gonna|wanna),? [^,;:.!?]*[,;:])",
  // a verb slot: a word that is not a pronoun, article, auxiliary or sentence adverb ("Instead, try…" puts the
  // verb after the adverb); checked further by the rule engine
  VERB: "(?<verb>(?!(?:a|an|the|to|you|your|i|me|my|it|this|that|be|been|being|is|are|was|were|so|not|very|more|less|instead|next|then|also|maybe|perhaps|definitely|absolutely|seriously|honestly|personally|finally|lastly|otherwise|u|ur|ya|im|ive|youre|thats|its|whats|tbh|imo|ngl|idk|lol|and|but|or|because|cause|like|um|uh|first|second|third|today|tonight|tomorrow|def|defo|rly|srsly|pls|plz|fr)\\b)[a-z][a-z'-]*)",
  // right after a word: it does not stand in a list ("persuade, convince, and push", "joy, sadness, fear",
  // "listen to you, process it with you, and create…"), i.e. no comma, slash, "and" or "or" follows it, nor a
  // serial ", and" / ", or" later in the sentence (zero width; compiled specially in emit())
  NOT_LIST: "(?![,/]| +(?:and|or)\\b|[^.;!?]*, +(?:and|or) )",
  WORD: "[a-z0-9][a-z0-9'-]*",
  // (not the nouns and prepositions that end the same way: "suggest something", "every morning", "during")
  GERUND: "(?!(?:some|no|any|every)?thing\\b|(?:morn|even|dur|ceil|k|r|w|str|spr|br|st|sw|sibl|wedd|pudd|offspr|darl|lightn)ing\\b)[a-z]+ing",
  ART: '(?:a|an|the|this|that)',
  POSS: '(?:his|her|their|my|your|the|its)',
  BE: "(?:is|was|are|were|be|been|being|has been|have been|had been|remains|remained|stays|stayed|continues to be|'s|'re)",
  PERSON:
    "(?:client|patient|pt|he|she|they|member|resident|individual|man|woman|veteran|youth|teen|boy|girl|mother|father|mom|dad|son|daughter|husband|wife|partner|[a-z]+ \\(pt\\))",
  SUBSTANCE:
    '(?:drug|drugs|substance|substances|alcohol|etoh|heroin|opioid|opioids|opiate|opiates|cocaine|crack|meth|methamphetamine|marijuana|cannabis|pills|fentanyl|benzo|benzos|ivdu|iv|injection|narcotic|narcotics|prescription|polysubstance)',
};

const ADV_WORD = `(?:${ADVERBS.map((w) => escapeWords(w)).join('|')})`;

// Informal spelling (chat, forums, texts): a literal pattern word also matches the spellings below, so "you
// shouldn't" finds "u shouldnt" and "you're going to" finds "ur gonna". Only unambiguous forms: an apostrophe
// is dropped where the result is no other word ("dont", "youre", "thats", "im"), never in "we're", "we'll",
// "i'll", "i'd", "we'd", "he'll", "she'll", "let's" (were, well, ill, id, wed, hell, shell, lets); "its" stands
// for "it's" only where a pattern asks for "it's". Every variant is a whole word or the second half of one
// (a contraction's tail joined by a lookbehind), so the compiled expression stays free of nested quantifiers.
const INFORMAL_WORDS: Record<string, string[]> = {
  you: ['u', 'ya'],
  your: ['ur'],
  yourself: ['urself'],
  "you're": ['youre', 'ur'],
  "you've": ['youve'],
  "you'd": ['youd'],
  "you'll": ['youll'],
  "they're": ['theyre'],
  "they've": ['theyve'],
  "i'm": ['im'],
  "i've": ['ive'],
  "it's": ['its'],
  "that's": ['thats'],
  "what's": ['whats'],
  "there's": ['theres'],
  "here's": ['heres'],
  "who's": ['whos'],
  "he's": ['hes'],
  "she's": ['shes'],
  "ain't": ['aint'],
  please: ['pls', 'plz'],
  why: ['y'],
  "should've": ['shouldve'],
  "could've": ['couldve'],
  "would've": ['wouldve'],
  "must've": ['mustve'],
  because: ['cuz', 'bc', 'coz'],
};
// "ur" is "you're" as often as "your": it stands for "your" only when no word that follows "you're" follows it
// ("remember ur not alone", "ur gonna be ok", "ur doing great").
const YOU_ARE_NEXT = "(?! +(?:not|so|gonna|going|being|a|an|the|such|too|very|really|just|still|already|always|never|only|allowed|welcome|worth|right|wrong|like|in|on|at|definitely|probably|literally|[a-z]+ing)\\b)";
const INFORMAL_GUARDS: Record<string, string> = { your: YOU_ARE_NEXT };
// A contraction's tail in a pattern ("you('re| are)", "do(n't| not)"): the same tail without its apostrophe
// after the words it cannot make ambiguous.
const INFORMAL_TAILS: Record<string, string> = {
  "'re": "(?<=\\b(?:you|they))re|(?<=\\bu)r",
  "'ve": "(?<=\\b(?:i|you|they|should|could|would|must))ve",
  "'m": '(?<=\\bi)m',
  "'ll": '(?<=\\b(?:you|they))ll',
  "'d": '(?<=\\b(?:you|they))d',
  "'s": '(?<=\\b(?:it|that|what|there|here|who))s',
  "n't": '(?<=\\b(?:do|does|did|ca|wo|should|would|could|is|are|was|were|has|have|had|must|need))nt',
};
const NT_WORDS = ['dont', 'doesnt', 'didnt', 'cant', 'wont', 'shouldnt', 'wouldnt', 'couldnt', 'isnt', 'arent', 'wasnt', 'werent', 'hasnt', 'havent', 'hadnt', 'mustnt', 'neednt'];
const TAIL_ANCHORS: Record<string, string[]> = {
  "'re": ['youre', 'theyre', 'ur'],
  "'ve": ['ive', 'youve', 'theyve', 'shouldve', 'couldve', 'wouldve', 'mustve'],
  "'m": ['im'],
  "'ll": ['youll', 'theyll'],
  "'d": ['youd', 'theyd'],
  "'s": ['its', 'thats', 'whats', 'theres', 'heres', 'whos'],
  "n't": NT_WORDS,
};
// Fused verb + "to" ("gonna", "wanna", "gotta", "hafta"): the first word matches the fused form's head, and
// "to" its tail, joined without a space.
const FUSED_HEADS: Record<string, string> = { going: 'gon(?=na\\b)', want: 'wan(?=na\\b)', got: 'got(?=ta\\b)', have: 'haf(?=ta\\b)' };
const FUSED_TO = '(?<=\\b(?:gon|wan))na|(?<=\\b(?:got|haf))ta';
const FUSED_ANCHORS: Record<string, string[]> = { going: ['gonna'], want: ['wanna'], got: ['gotta'], have: ['hafta'], to: ['gonna', 'wanna', 'gotta', 'hafta'] };
// "r" for "are" next to a pronoun: "u r so brave", "r u ok"
const ARE_SHORT = '(?<=\\b(?:you|u|we|they) )r(?= )|r(?= +(?:you|u)\\b)';

/** The expression for one literal pattern word with the separator due before it, informal spellings included. */
function literalWord(word: string, sep: string): string {
  const tail = word.startsWith("'") || word === "n't";
  const exact = (tail ? '' : sep) + escapeWords(word);
  const alts: string[] = [];
  if (tail) {
    if (INFORMAL_TAILS[word]) alts.push(INFORMAL_TAILS[word]);
  } else {
    const words = [...(INFORMAL_WORDS[word] ?? [])];
    if (/^[a-z]+n't$/.test(word)) words.push(word.replace("'", ''));
    if (words.length) alts.push(sep + `(?:${words.map(escapeWords).join('|')})` + (INFORMAL_GUARDS[word] ?? ''));
    if (FUSED_HEADS[word]) alts.push(sep + FUSED_HEADS[word]);
    if (word === 'to') alts.push(FUSED_TO);
    if (word === 'are') alts.push(sep + `(?:${ARE_SHORT})`);
  }
  return alts.length ? `(?:${exact}|${alts.join('|')})` : exact;
}

// A word a contraction's tail can join without its apostrophe: the joined forms show in the text instead of the
// word ("ur being" holds no piece "u", "dont" no piece "do").
const JOINED: Record<string, string[]> = {
  you: ['ur', 'youre', 'youve', 'youll', 'youd'],
  they: ['theyre', 'theyve', 'theyll', 'theyd'],
  i: ['im', 'ive'],
  it: ['its'],
  that: ['thats'],
  what: ['whats'],
  there: ['theres'],
  here: ['heres'],
  who: ['whos'],
  should: ['shouldnt', 'shouldve'],
  could: ['couldnt', 'couldve'],
  would: ['wouldnt', 'wouldve'],
  must: ['mustnt', 'mustve'],
  need: ['neednt'],
};
for (const w of ['do', 'does', 'did', 'is', 'are', 'was', 'were', 'has', 'have', 'had']) JOINED[w] = [`${w}nt`];

/** The pieces of text (see wordPieces) in which a literal pattern word, or one of its informal spellings, shows. */
function informalAnchors(word: string): string[] {
  const out = [...(INFORMAL_WORDS[word] ?? []), ...(TAIL_ANCHORS[word] ?? []), ...(FUSED_ANCHORS[word] ?? []), ...(JOINED[word] ?? [])];
  if (/^[a-z]+n't$/.test(word)) out.push(word.replace("'", ''));
  if (word === 'are') out.push('r');
  return out;
}

function escapeWords(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, ' +');
}

type Token = {
  kind: 'word' | 'macro' | 'group' | 'optional' | 'hlOpen' | 'hlClose' | 'gap' | 'start' | 'end';
  value?: string;
  capture?: string;
  alts?: Token[][];
};

function tokenize(src: string): Token[] {
  let i = 0;
  const parseSeq = (stop: string | null): Token[][] => {
    const alts: Token[][] = [[]];
    while (i < src.length) {
      const c = src[i];
      // commas in patterns read as separators; the compiled separator allows them anyway
      if (c === ' ' || c === ',') { i++; continue; }
      if (stop && c === stop) { i++; return alts; }
      if (c === '|' && stop) { alts.push([]); i++; continue; }
      const seq = alts[alts.length - 1];
      if (c === '(' || c === '[') {
        i++;
        const inner = parseSeq(c === '(' ? ')' : ']');
        seq.push({ kind: c === '(' ? 'group' : 'optional', alts: inner });
      } else if (c === '{') {
        const e = src.indexOf('}', i);
        if (e < 0) throw new Error(`unclosed { in pattern: ${src}`);
        // {NAME} or {NAME=group}: the group captures the macro's text for `$group` in replacements
        const [name, capture] = src.slice(i + 1, e).split('=');
        if (!(name.toUpperCase() in MACROS)) throw new Error(`unknown macro {${name}} in pattern: ${src}`);
        seq.push({ kind: 'macro', value: name.toUpperCase(), capture });
        i = e + 1;
      } else if (c === '<') { seq.push({ kind: 'hlOpen' }); i++; }
      else if (c === '>') { seq.push({ kind: 'hlClose' }); i++; }
      else if (c === '^') { seq.push({ kind: 'start' }); i++; }
      else if (c === '$') { seq.push({ kind: 'end' }); i++; }
      else if (c === '?') {
        const last = seq.pop();
        if (!last) throw new Error(`? with nothing before it in pattern: ${src}`);
        seq.push({ kind: 'optional', alts: [[last]] });
        i++;
      } else if (src.startsWith('...', i) || c === '\u2026') {
        seq.push({ kind: 'gap' });
        i += c === '\u2026' ? 1 : 3;
      } else {
        let j = i;
        while (j < src.length && !' ,()[]{}|<>?^$'.includes(src[j]) && !src.startsWith('...', j)) j++;
        seq.push({ kind: 'word', value: src.slice(i, j) });
        i = j;
      }
    }
    if (stop) throw new Error(`unclosed ${stop === ')' ? '(' : '['} in pattern: ${src}`);
    return alts;
  };
  const alts = parseSeq(null);
  if (alts.length !== 1) throw new Error(`top-level | in pattern (wrap it in parentheses): ${src}`);
  return alts[0];
}

// Separators go before tokens: a word after another needs spaces (a comma or colon may stand before
// them), while a word that starts with an apostrophe ("'re", "'ve") joins the word before it, so
// "you('re| are)" matches both "you're" and "you are". `lead` says whether a separator is due.
const SEP = '[,;:]? +';
// "Look," and "Listen," open a sentence only with their comma: "Look up…", "Listen to…" are instructions.
// Chat writing stacks its openers without commas ("idk man maybe just…", "tbh honestly…"): up to three of them.
const SENTENCE_OPENER = "(?:(?:so|and|but|well|ok|okay|now|kindly|honestly|frankly|seriously|definitely|absolutely|personally|maybe|perhaps|again|then|also|plus|however|tbh|imo|imho|ngl|idk|lol|lmao|hey|man|bro|dude|yeah|ya|yea|def|defo|srsly|fr),? +|(?:look|listen), +){0,3}";

function emit(tokens: Token[], lead: boolean): { re: string; lead: boolean } {
  let out = '';
  for (const t of tokens) {
    const sep = lead ? SEP : '';
    switch (t.kind) {
      case 'word':
        out += literalWord(t.value!, sep);
        lead = true;
        break;
      case 'macro': {
        const body = t.capture ? `(?<${t.capture}>${MACROS[t.value!]})` : MACROS[t.value!];
        if (t.value === 'ADV') {
          // zero or more adverbs; each brings its own separator, so an empty match changes nothing
          out += lead ? `(?:${SEP}${ADV_WORD})*` : `(?:${ADV_WORD}${SEP})*`;
        } else if (t.value === 'NOT_LIST') {
          out += MACROS.NOT_LIST;
        } else if (t.value === 'COMMA' || t.value === 'CLAUSE') {
          out += MACROS[t.value];
          lead = true;
        } else {
          out += sep + body;
          lead = true;
        }
        break;
      }
      case 'group':
        out += `(?:${t.alts!.map((alt) => emit(alt, lead).re).join('|')})`;
        lead = true;
        break;
      case 'optional':
        // Optional at the start of a pattern: its own trailing separator, so skipping it leaves none due.
        out += lead
          ? `(?:${t.alts!.map((alt) => emit(alt, true).re).join('|')})?`
          : `(?:(?:${t.alts!.map((alt) => emit(alt, false).re).join('|')})${SEP})?`;
        break;
      case 'hlOpen':
        out += '(?<hl>';
        break;
      case 'hlClose':
        out += ')';
        break;
      case 'gap':
        out += lead ? '(?: +[^ ]+){0,6}?' : '(?:[^ ]+ +){0,6}?';
        break;
      case 'start':
        out += `^${SENTENCE_OPENER}`;
        lead = false;
        break;
      case 'end':
        out += `(?=[.!?\u2026"')\\]]* *$)`; // matched on the sentence plus a trailing space
        break;
    }
  }
  return { re: out, lead };
}

/** Compiles one pattern. The match is run on `norm + ' '` so every word can consume a trailing space. */
export function compilePattern(source: string): CompiledPattern {
  const pre = precompiled(source);
  if (pre) return { source, regex: new RegExp(pre.re, 'gd') };
  const tokens = patternTokens(source);
  const body = emit(tokens, false).re;
  return { source, regex: new RegExp(`(?<![a-z0-9'])${body}(?![a-z0-9'])`, 'gd') };
}

// compilePattern() and patternRequirements() read each pattern once each, at the first lint: tokenize it once.
const tokensBySource = new Map<string, Token[]>();

function patternTokens(source: string): Token[] {
  let tokens = tokensBySource.get(source);
  if (!tokens) {
    tokens = tokenize(source.trim().replace(/\{[^}]*\}|[^{]+/g, (part) => (part.startsWith('{') ? part : part.toLowerCase())));
    tokensBySource.set(source, tokens);
  }
  return tokens;
}

/**
 * Words of which at least one occurs in every text the pattern matches, or null when no such set exists
 * (the pattern starts with a gap or a word class everywhere). The engine indexes rules by these words,
 * so a sentence runs only the patterns whose anchors it contains. Each anchor is a piece of a literal
 * word as `wordPieces` cuts text, so presence is tested exactly (see test/unit/prefilter.test.ts).
 */
export function patternAnchors(source: string): string[] | null {
  const best = rarestSet(patternRequirements(source));
  return best && [...best];
}

/**
 * Every set of words the pattern requires, one per literal word or word group in its top-level sequence:
 * a text the pattern matches holds a piece from each set (see wordPieces). The prefilter indexes a pattern
 * by the rarest set (patternAnchors) and checks the others before running its expression.
 */
export function patternRequirements(source: string): string[][] {
  const pre = precompiled(source);
  if (pre) return pre.requires.map((set) => [...set]);
  const out: string[][] = [];
  for (const t of patternTokens(source)) {
    const set = anchorsOfToken(t);
    if (set) out.push([...set]);
  }
  return out;
}

// Very common words make poor anchors: a sentence nearly always has them.
const COMMON = new Set(['you', 'i', 'the', 'a', 'to', 'and', 'it', 'is', 'of', 'that', 'your', 'in', 'for', 'be', 'are', 'not', 'do', 'have', "'re", "'s"]);

/** The word set a sentence least often holds (the first of equally rare ones), or null when there is none. */
export function rarestSet<T extends Iterable<string>>(sets: Iterable<T | null>): T | null {
  let best: T | null = null;
  let bestCost = Infinity;
  for (const set of sets) {
    if (!set) continue;
    let cost = 0;
    for (const w of set) cost += COMMON.has(w) ? 20 : 1;
    if (cost < bestCost) {
      best = set;
      bestCost = cost;
    }
  }
  return best;
}

function anchorsOfSeq(seq: Token[]): Set<string> | null {
  return rarestSet(seq.map(anchorsOfToken));
}

function anchorsOfToken(t: Token): Set<string> | null {
  if (t.kind === 'word') {
    // A literal word with inner punctuation ("drug-seeking") must contain each of its pieces; take the longest.
    const pieces = t.value!.split(/[^a-z0-9']+/).filter(Boolean);
    if (!pieces.length) return null;
    return new Set([pieces.reduce((a, b) => (b.length > a.length ? b : a)), ...informalAnchors(t.value!)]);
  }
  if (t.kind === 'group') {
    const out = new Set<string>();
    for (const alt of t.alts!) {
      const s = anchorsOfSeq(alt);
      if (!s) return null;
      for (const w of s) out.add(w);
    }
    return out;
  }
  return null; // macros, optional parts, gaps and markers require no particular word
}

/**
 * Every piece of `text` that a literal pattern word can occupy: each maximal run of [a-z0-9'] (the word
 * boundary the compiled patterns use), and within a run, each stretch that starts at the run's start or
 * at an apostrophe and ends at the run's end or before an apostrophe ("you're" → "you're", "you", "'re"),
 * since a pattern word like "'re" joins the word before it.
 */
export function wordPieces(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let apostrophes = 0;
    for (let c: number; i < n && isWordChar((c = text.charCodeAt(i))); i++) if (c === 39) apostrophes++;
    if (apostrophes === 0) {
      out.push(text.slice(start, i));
      continue;
    }
    const cuts = [start];
    for (let k = start + 1; k < i; k++) if (text.charCodeAt(k) === 39) cuts.push(k);
    const ends = [...cuts.slice(1), i];
    for (const s of cuts) for (const e of ends) if (e > s) out.push(text.slice(s, e));
  }
  return out;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39;
}

export interface PatternMatch {
  /** Offsets into the sentence's norm text. */
  start: number;
  end: number;
  /** The highlighted part (the whole match unless the pattern marks one with < >). */
  hlStart: number;
  hlEnd: number;
  verb?: { start: number; end: number; text: string };
  groups: Record<string, string | undefined>;
}

export function* matchPattern(p: CompiledPattern, norm: string): Generator<PatternMatch> {
  const text = norm + ' ';
  if (!p.native) {
    compileNow(p.regex);
    p.native = true;
  }
  p.regex.lastIndex = 0;
  for (let m = p.regex.exec(text); m; m = p.regex.exec(text)) {
    if (m[0].length === 0) {
      p.regex.lastIndex++;
      continue;
    }
    const whole = trimSpan(text, m.index, m.index + m[0].length);
    const groups = m.groups ?? {};
    const at = m.indices?.groups ?? {};
    const hl = at.hl ? trimSpan(text, at.hl[0], at.hl[1]) : whole;
    const result: PatternMatch = { start: whole[0], end: whole[1], hlStart: hl[0], hlEnd: hl[1], groups };
    if (at.verb && groups.verb !== undefined) result.verb = { start: at.verb[0], end: at.verb[1], text: groups.verb };
    yield result;
  }
}

function trimSpan(text: string, s: number, e: number): [number, number] {
  while (e > s && /[ ,;:]/.test(text[e - 1])) e--;
  // a highlight never starts with the separator before its first word (", cut" → "cut")
  while (s < e && /[ ,;:]/.test(text[s])) s++;
  return [s, e];
}

/**
 * The same informal spellings for a hand-written regular expression's source (the contexts and cues in
 * contexts.ts and core/nlp.ts): "you" also matches "u", "your" "ur", "yourself" "urself", "you're" "youre"
 * and "ur", and a contraction's apostrophe may be left out where the result is unambiguous ("don't",
 * "it's", "that's", "i'm", "you'd"…; never "we're", "i'll", "we'll"…). Words are rewritten only where they
 * stand as whole literal words in the source, so character classes, groups and escapes are untouched.
 */
export function informalSource(source: string): string {
  // (a word in the source starts after a non-letter or after an escape such as "\\b")
  return source
    .replace(/(?<!(?<!\\)[a-z]|')you're(?![a-z])/g, "(?:you're|youre|ur)")
    .replace(/(?<!(?<!\\)[a-z]|')you'(ve|d|ll)(?![a-z])/g, "you'?$1")
    .replace(/(?<!(?<!\\)[a-z]|')(it|that|what|there|i)'(s|m)(?![a-z])/g, (m, w: string, t: string) => ((w === 'i') === (t === 'm') ? `${w}'?${t}` : m))
    .replace(/(?<!(?<!\\)[a-z]|')(do|does|did|ca|wo|should|would|could|is|are|was|has|have|had|must)n't(?![a-z])/g, "$1n'?t")
    .replace(/(?<!(?<!\\)[a-z]|')yourself(?![a-z'])/g, '(?:yourself|urself)')
    .replace(/(?<!(?<!\\)[a-z]|')your(?![a-z'])/g, `(?:your|ur${YOU_ARE_NEXT})`)
    // "you(?:'re| are)": the tail may follow "u" too, and "youre" / "ur" are "you're"
    .replace(/(?<!(?<!\\)[a-z]|')you\(\?:'re\|/g, "(?:you|u)(?:'?re|(?<=\\bu)r|")
    .replace(/(?<!(?<!\\)[a-z]|')you(?![a-z']|\|u\))/g, '(?:you|u)');
}
