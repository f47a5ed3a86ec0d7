// Change talk in the client's own words: which DARN-CAT kind it is (Desire, Ability, Reason, Need —
// preparatory; Commitment, Activation, Taking steps — mobilizing), and where it sits in a document: the
// sentences of client turns coded as change talk, and quoted client speech in notes ("Client stated, 'I
// need to stop drinking'"). Whether an utterance is change talk at all is the coder's call (clientTalk);
// this module only names the kind and finds the words a counselor would reflect back.

import { BARE_PLAN, changeCueKind, clientTalk, statementsOf, UNWANTED, withoutReportedSpeech } from './coding';
import { mask } from './mask';
import { LineIndex } from './positions';
import { normalize, quotes, sentences } from './segment';
import type { ChangeTalkType, Range, Utterance } from './types';
import { compileOnFirstUse } from './regex-warm';

export const CHANGE_TALK_TYPES: readonly ChangeTalkType[] = [
  'desire', 'ability', 'reason', 'need', 'commitment', 'activation', 'taking-steps',
];

/** "Taking steps" etc., for messages. */
export function changeTalkLabel(t: ChangeTalkType): string {
  return t === 'taking-steps' ? 'Taking steps' : t[0].toUpperCase() + t.slice(1);
}

// an embedded question ("who I'd talk to", "where I'm going to be living") states no intent
const I = "(?<!\\b(?:how|who|whether) )\\bi(?:'ve| have)?(?: (?:really|truly|just|do|kind of|sort of|definitely|already|finally|actually|think i|know i|guess i|feel like i|suppose i|probably|maybe|also|still|honestly))*";
const IM = "(?<!\\b(?:how|where|who|whether) )\\bi(?:'m| am)(?: (?:really|truly|just|kind of|sort of|definitely|finally|actually|probably|also|now|totally|pretty))*";

// Mobilizing kinds first: when a sentence carries several, the strongest names it (MI listens for movement
// from preparatory towards mobilizing language).
const CUES: ReadonlyArray<[ChangeTalkType, RegExp]> = [
  ['commitment', new RegExp(`\\bi'll\\b|${I} (?:will|promise|swear|plan to|intend to|have decided|decided|commit|am committing)\\b|${IM} (?:going to|gonna|committed to|determined to|planning to|decided)\\b(?! have to)|\\bi(?:'ll| will) do (?:it|this|that)\\b|\\bmy plan is\\b|${BARE_PLAN.source}`)],
  ['activation', new RegExp(`${IM} (?:ready|willing|prepared|open to|up for|game|considering|thinking about|looking into)\\b|${I} (?:am|'m) (?:ready|willing|prepared)\\b|\\bi(?:'d| would) be willing\\b`)],
  ['taking-steps', new RegExp(`(?<!\\b(?:if|when|once|unless|until|before) )${I} (?:started|began|cut (?:back|down)|quit|stopped|went|tried|joined|called|signed up|made an? (?:appointment|plan|call)|threw (?:out|away)|poured|got rid|switched|reduced|managed to|talked to|found|bought|booked|haven't (?:had|used|drunk|smoked|touched)|have not (?:had|used|drunk|smoked))\\b|\\bi(?:'ve| have) been (?:going|trying|cutting|walking|exercising|working (?:on|out)|taking|attending|sober|clean|practicing|running|swimming|saving|limiting|avoiding)\\b|${IM} (?:cutting|trying|working on|going to (?:meetings|aa|na|the gym|therapy)|taking (?:my|the)|down to)\\b`)],
  ['need', new RegExp(`${I} (?:need|needs|have to|has to|must|got to|gotta|'ve got to|should|ought to)\\b|${IM} (?:going to|gonna) have to\\b|\\bi can't (?:keep|go on|continue|live like)\\b|\\bsomething (?:has|needs|'s got) to (?:change|give)\\b|\\bi(?:'ve| have) got to\\b|\\bi've got to\\b`)],
  // wanting to do something (not a thing: "I just want my call"; the coder's cues hear wanting help or a change)
  ['desire', new RegExp(`${I} (?:wanna|(?:want|wish|would (?:really )?(?:like|love)|hope|long|been (?:wanting|meaning|hoping)) to)\\b|\\bi'd (?:really |just |also )?(?:like|love) to\\b|\\bi(?:'m| am) (?:really )?hoping\\b|\\bi (?:don't|do not)(?: really)? (?:want|wanna)(?: to)? ${UNWANTED}|\\bi(?:'m| am) (?:tired|sick) of\\b`)],
  ['ability', new RegExp(`${I} (?:can|could|was able to|might be able to)\\b(?! not)|${IM} (?:able to|capable of|confident)\\b|\\bi can do (?:it|this|that)\\b|\\bit(?:'s| is) possible (?:for me|i)\\b|\\bit(?:'d| would| will| might|'ll) be (?:possible|doable)\\b`)],
  ['reason', new RegExp(`\\b(?:because|so that|for (?:my|the) (?:kids|children|family|health|wife|husband|son|daughter|job|baby|partner|sake)|if i (?:quit|stop|cut|don't|keep)|it would be (?:good|better|nice|great|easier)|(?:it's|it is|this is|that's|drinking is|smoking is|it's been|it has been) (?:(?:really|becoming|getting|kind of|a) )*(?:a problem|problem|hurting|affecting|ruining|killing|costing|too much|out of control|hard on)|i(?:'m| am) (?:worried|scared|afraid|concerned) (?:about|that|of)|i (?:do |really |kind of |sort of )*(?:feel|felt) (?:(?:kind of|sort of|a bit|a little|really|so|very|pretty) )*(?:worried|guilty|ashamed|embarrassed)|i (?:don't|do not) like [a-z]+ing|i (?:don't|do not) like (?:how|what|the way|being|feeling)|(?:better|healthier|more energy|save money|be there for))\\b`)],
];

/** The DARN-CAT kind a client's (normalized) words carry, or null when no cue names one. */
export function darnCat(norm: string): ChangeTalkType | null {
  compileCues();
  const s = norm.replace(/[\u2018\u2019]/g, "'");
  // someone else's words about the client name no kind (a cost of the habit they saw still is a reason)
  // and only what the client states: a question asked or put up for agreement names no kind (the coder's
  // cues below still hear asking how to go about it)
  const own = statementsOf(withoutReportedSpeech(s));
  const stated = statementsOf(s);
  for (const [type, re] of CUES) if (re.test(type === 'reason' ? stated : own)) return type;
  // the coder's own cues reach forms this list does not name ("I'd call a cab", "I'm down to three a day")
  return changeCueKind(s);
}

export interface ChangeTalkSpan {
  range: Range;
  /** Offsets into the text. */
  start: number;
  end: number;
  /** The client's words, as written. */
  text: string;
  type: ChangeTalkType | null;
  /** A client turn of a transcript, or words quoted inside a note or counselor turn. */
  source: 'client-turn' | 'quote';
}

/**
 * Where the change talk is in a linted text: for each client utterance coded `talk: "change"`, its sentences
 * that carry change talk (the whole turn when no single sentence does), and quoted speech elsewhere that
 * the coder reads as change talk. `utterances` are the lint result's, for the same text.
 */
export function changeTalkSpans(text: string, utterances: readonly Utterance[]): ChangeTalkSpan[] {
  const masked = mask(text).text;
  const index = new LineIndex(text);
  const out: ChangeTalkSpan[] = [];
  const push = (start: number, end: number, type: ChangeTalkType | null, source: ChangeTalkSpan['source']) => {
    while (start < end && /[\s"'\u201C\u201D\u2018\u2019]/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ range: index.range(start, end), start, end, text: text.slice(start, end), type, source });
  };

  for (const u of utterances) {
    const start = index.offset(u.range.start);
    const end = index.offset(u.range.end);
    if (u.speaker === 'client') {
      if (u.talk !== 'change') continue;
      const label = LABEL_END.exec(masked.slice(start, lineEnd(masked, start, end)));
      const bodyStart = start + (label ? label[0].length : 0);
      const found: Array<[number, number, ChangeTalkType]> = [];
      for (const s of sentences(masked, bodyStart, end, [])) {
        const type = darnCat(s.norm);
        if (type && clientTalk(s.norm) !== 'sustain') found.push([s.start, s.end, type]);
      }
      if (!found.length) push(bodyStart, end, u.changeTalkType ?? darnCat(normalize(masked.slice(bodyStart, end))), 'client-turn');
      for (const [s, e, type] of found) push(s, e, type, 'client-turn');
      continue;
    }
    for (const q of quotes(masked, start, end)) {
      const norm = normalize(masked.slice(q.start, q.end)).replace(/[\r\n]+/g, ' ');
      if (clientTalk(norm) === 'change') push(q.start, q.end, darnCat(norm), 'quote');
    }
  }
  return out;
}

// A client utterance starts with its label ("Client:", "**C:**", "[00:12] Pt:"): its first colon that is not
// part of a time ends it. Whatever the configured label spellings, that is where the client's words begin.
const LABEL_END = /^[^\r\n]*?[:\uFF1A](?!\d)(?:\*\*|__|\*|_)?[ \t]*/;

function lineEnd(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

// Every call runs these: compiled at once instead of interpreted first (regex-warm.ts).
const compileCues = compileOnFirstUse(() => CUES.map(([, re]) => re));
