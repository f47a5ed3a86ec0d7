// MI-consistent contexts: what makes a directive-looking phrase fine. Each is a small pure test over the
// sentence and its turn. Rules name the ones that apply to them in `unless`.

import type { ContextName } from './types';

export interface TurnFacts {
  /** The whole turn (or paragraph), normalized, quotes blanked. */
  norm: string;
  /** The previous counselor turn asked permission and the client did not decline, or the client asked for advice. */
  permissionGranted: boolean;
  /** The turn speaks to someone ("you", "your"). */
  addressed: boolean;
  /** An author paragraph written about the client in the third person (a clinical note). */
  thirdPerson: boolean;
}

export interface SentenceFacts {
  norm: string;
  /** Offsets of the match in `norm`. */
  start: number;
  end: number;
  isQuestion: boolean;
  /** The note field the sentence sits in ("plan", "p", "intervention"…), lower case, or null. */
  field: string | null;
  turn: TurnFacts;
}

// The client is the one who feels, thinks, said or wants it: a reflection, not advice.
const REFLECTION_FRAME = new RegExp(
  [
    "\\byou(?:'re| are|'ve| have)?(?: (?:really|just|kind of|sort of|also|still|now|even|already|never|always|been|starting to|beginning to)){0,2} (?:feel|feels|feeling|felt|think|thinking|thought|believe|believing|wonder|wondering|worry|worrying|worried|said|saying|say|told|tell yourself|telling yourself|mentioned|realize|realized|realizing|know|knew|sense|sensing|decided|wish|want|wanted|mean|meant|guess|figure|figured|hope|hoping|expect|expected|afraid|scared|concerned|convinced|unsure|not sure|struggling|keep telling)\\b",
    '\\bpart of you\\b',
    // "So you have to work nights…": a summary of what the client said
    '^(?:and )?so,? $',
    '\\bsome of you\\b',
    '\\b(?:it )?sounds? (?:like|as if|as though)\\b',
    '\\b(?:it )?seems? (?:like|that|as if|as though)\\b',
    '\\bi hear(?:d)? (?:you|that)\\b',
    '\\bi\'m hearing\\b',
    '\\bon (?:the )?one hand\\b',
    '\\b(?:the )?other hand\\b',
    '\\bin your (?:mind|view|eyes|words)\\b',
    '\\byour (?:sense|feeling|belief|worry|fear|thought|idea) (?:is )?(?:that|is)\\b',
    '\\bfor you,',
    '\\byou\'re (?:saying|telling me|thinking|feeling|wondering)\\b',
    '\\b(?:doctor|doctors|dr|wife|husband|partner|family|boss|mom|dad|mother|father|court|judge|probation officer|they|he|she|people|everyone|someone) (?:says?|said|told you|thinks?|thought|feels?|felt|wants?|wanted) ',
  ].join('|'),
);

const OPEN_QUESTION_START = /^(?:(?:so|and|but|well|ok|okay|now),? )?(?:what|how|where|when|which|who|whose|in what way|to what extent|tell me|help me understand)\b/;

// Asking permission, or answering a request for advice, earlier in the same turn.
const PERMISSION = new RegExp(
  [
    "\\b(?:would|will|is) it (?:be )?(?:ok|okay|alright|all right|fine)(?: with you)? (?:if|for me to)\\b",
    '\\b(?:can|could|may|might) i (?:share|offer|suggest|give|tell|mention|make|add|throw out|ask)\\b',
    "\\bwould you (?:like|want|be interested in|mind if|be open to|be willing)\\b",
    "\\b(?:do|would) you want (?:some|me to|to hear)\\b",
    "\\bwith your permission\\b",
    "\\bif (?:it's|it is|that's|that is) (?:ok|okay|alright|all right)(?: with you)?\\b",
    "\\b(?:since|because|as) you asked\\b",
    "\\byou (?:asked|wanted to know|were asking|asked me)\\b",
    "\\bif you(?:'re| are) (?:interested|open to|curious)\\b",
    "\\bif you(?:'d| would) like\\b",
  ].join('|'),
);

// Putting the choice with the client, anywhere in the turn.
export const AUTONOMY = new RegExp(
  [
    "\\bup to you\\b",
    "\\byour (?:choice|decision|call|life|body|pace|terms)\\b",
    "\\byou(?:'re| are) (?:the (?:expert|one who|only one)|in charge|in control)\\b",
    "\\b(?:only )?you (?:can )?(?:decide|get to decide|choose|get to choose|know (?:yourself|best|what's best|what is best|what works|your))\\b",
    "\\bwhatever you (?:decide|choose|think|want)\\b",
    "\\bif (?:and when )?you (?:want|choose|decide|wish|feel ready|'re ready|are ready|'d like|would like)\\b",
    "\\bwhen(?:ever)? you(?:'re| are) ready\\b",
    "\\bno pressure\\b",
    "\\bwhat (?:feels|seems|sounds) (?:right|best|doable|good) (?:to|for) you\\b",
    "\\bit(?:'s| is) (?:entirely |totally |completely |really )?(?:up to you|your (?:choice|call|decision))\\b",
    "\\byou don't have to\\b",
    "\\bin your own (?:time|way)\\b",
  ].join('|'),
);

// Conditional or relative "you need to …": not an instruction.
const CONDITIONAL_BEFORE = /(?:\b(?:if|when|whenever|whether|unless|in case|until|once|what|whatever|anything|everything|something|things|all|where|how|why|who)(?: (?:ever|else))?(?: that)?)\s*$/;

// Clinical-sense checks are rule-specific; they live next to the rule as `unless: ['clinical-sense']` and are
// implemented by the rule's pattern (negative context) — listed here so the name is valid.

export function holds(name: ContextName, f: SentenceFacts): boolean {
  const before = f.norm.slice(0, f.start);
  switch (name) {
    case 'reflection-frame':
      return REFLECTION_FRAME.test(before);
    case 'open-question':
      return f.isQuestion && OPEN_QUESTION_START.test(f.norm);
    case 'question':
      return f.isQuestion;
    case 'permission':
      return f.turn.permissionGranted || PERMISSION.test(f.turn.norm.slice(0, turnOffsetOf(f)));
    case 'autonomy':
      return AUTONOMY.test(f.turn.norm);
    case 'conditional':
      return CONDITIONAL_BEFORE.test(before.replace(/ you(?:'re| are)? *$/, '').replace(/ +$/, ''));
    case 'not-addressed':
      return !f.turn.addressed;
    case 'third-person-note':
      return f.turn.thirdPerson || (f.field !== null && /^(?:p|plan|plans|intervention|interventions|i|goal|goals|recommendation|recommendations|recs|next steps?|homework|tx plan|treatment plan|follow[ -]?up|f\/u)$/.test(f.field));
    case 'clinical-sense':
      return false;
  }
}

// The sentence's position in its turn is not tracked here; permission anywhere earlier in the turn or in
// the same sentence before the match counts. Searching the whole turn up to this sentence's text is a
// close, cheap approximation.
function turnOffsetOf(f: SentenceFacts): number {
  const at = f.turn.norm.indexOf(f.norm);
  return at < 0 ? f.turn.norm.length : at + f.start;
}

export function isPermissionAsk(norm: string): boolean {
  return PERMISSION.test(norm);
}
