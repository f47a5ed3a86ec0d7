// Utterance coding: MITI 4.2.1 behaviour codes for a counselor turn (or an author paragraph), and change
// talk / sustain talk for a client turn. Cues are lexical and positional — what an MI coder listens for —
// and every sentence of the turn contributes. Questions are coded by the turn's final question (MITI).

import { AUTONOMY, isPermissionAsk } from '../rules/contexts';
import { coderModel, type Behaviour, type Features } from './coder-model';
import { compileOnFirstUse } from './regex-warm';
import type { ChangeTalkType, Family, MiCode, Talk } from './types';

export interface CodedSentence {
  norm: string;
  isQuestion: boolean;
}

export interface TurnEvidence {
  sentences: CodedSentence[];
  /** Families and MI codes of the findings in this turn (after MI-consistent contexts were applied). */
  findings: Array<{ family: Family; miCode: MiCode | null }>;
  /** Permission was asked or given, or autonomy supported, in this turn: advice in it is Persuade with Permission. */
  adviceWithPermission: boolean;
  /** A labelled counselor turn (speech), not the author's own note: the learned coder applies. */
  spoken?: boolean;
}

const OPENER = "^(?:(?:so|and|but|well|ok|okay|now|alright|all right|right|yeah|yes|mm-hmm|hmm|um|uh|and so|so then|i see|i'm curious|i wonder|oh|then|just|like|i mean|you know|gotcha|got it|sure|great|good|wow|mm|mhm),? )*";

/**
 * Spoken transcripts stutter and restart ("wh-what do you", "I-I think", "what-what's"): keep one copy, so
 * the cues below see the words the speaker meant. Only for reading cues; offsets are never taken from it.
 */
export function destutter(norm: string): string {
  // The same sentence is read by several cues in a row: remember the last few answers.
  let out = destuttered.get(norm);
  if (out === undefined) {
    if (destuttered.size >= 512) destuttered.clear();
    destuttered.set(norm, (out = destutterNow(norm)));
  }
  return out;
}

const destuttered = new Map<string, string>();

function destutterNow(norm: string): string {
  return norm
    .replace(/\b([a-z']+)(?:-\1\b)+/g, '$1')
    .replace(/\b([a-z]{1,3})-(?=([a-z']+))/g, (m, a: string, b: string) => (b.startsWith(a) ? '' : m))
    .replace(/^[-\u2013\u2014 ]+/, '')
    .replace(/ +/g, ' ');
}

// Questions that ask for a short fact or a yes/no are closed, even when they start with a wh-word.
const CLOSED_WH = new RegExp(OPENER + "(?:how (?:many|old|far|often|long)|what time|when|whose|which|what (?:day|year|age|number|date))\\b");
// Open: a wh-question, an invitation to talk ("Tell me…", "Can you describe…"), "anything else?".
const OPEN_START = new RegExp(
  OPENER +
    "(?:what|how|why|where|who|in what ways?|to what extent|tell (?:me|us)|describe|help me understand|walk me through|talk (?:to me )?about|say (?:something |a (?:little |bit )+)?more|anything else|any other|what else|let's hear|any (?:questions|thoughts|ideas|concerns)|(?:can|could|would) you (?:please )?(?:tell|describe|say|share|talk|walk|help me|explain|elaborate|expand|fill me|give me (?:a|an|some) (?:sense|idea|example|picture)|paint|think of|remember|imagine)|would you mind (?:telling|sharing|describing|talking|explaining|walking|saying|filling)|i(?:'m| am)? (?:just )?(?:curious|wondering|interested)(?: to (?:know|hear))?,? (?:about |in )?(?:what|how|why|where|who)|i wonder,? (?:what|how|why)|i(?:'d| would) (?:like|love) to (?:hear|know|understand) (?:more|about|what|how|why))\\b",
);
// A wh-question after a lead-in clause: "So if you were to list them, what would they be?"
const OPEN_AFTER_LEAD = /(?:[,;:]|--?|\u2014) +(?:(?:and|so|um|uh|then|like|you know),? )*(?:what|how|why|where|tell me|can you (?:tell|describe|give me an example|say more)|could you (?:tell|describe)|is there anything else)\b(?! (?:many|often|old|far|long)\b)/;
const INVITATION = new RegExp(
  OPENER +
    "(?:tell (?:me|us)|describe|help me understand|walk me through|say (?:something |a (?:little |bit )+)?more|talk (?:to me )?about|i(?:'d| would) (?:like|love) to (?:hear|know|understand|find out) (?:more|about|what|how|why|a (?:little|bit)))\\b" +
    // "Well, that's, you know, tell me about when you were diagnosed."
    "|(?:,|\\bis,?) (?:you know, )?tell me (?:about|more|a (?:little|bit)|why|what|how|where|who|when|whether|if)\\b" +
    // a request put as a statement: "Maybe, you could tell me about…", "If you could just give me a timeframe…"
    "|\\b(?:maybe,?|if) you could (?:just |maybe |please )?(?:kind of |sort of )?(?:tell|give|describe|share|walk|explain|fill) (?:me|us)\\b" +
    // "So, I guess I'm just wondering where you are with all this."
    "|\\bi(?:'m| am| was)(?: (?:just|kind of|sort of|also|really|still))* (?:curious|wondering|interested)(?: to (?:know|hear))?,? (?:[^,?]{1,60}, )?(?:about |in )?(?:what|how|why|where|who|whether|if|kind of where)\\b|^(?:(?:so|and|but|well|i guess),? )*i wonder,? (?:what|how|why|whether|if)\\b",
);
// A rating question ("On a scale of 0 to 10, how ready are you?") asks for a number: closed. Its follow-up
// ("Why a five and not a two?", "What would it take to get to a seven?") is open.
const SCALE = /\b(?:on a scale|scale (?:of|from)|(?:on|of) (?:that|this|the same|the) scale|ruler|(?:zero|0|one|1) (?:means|meaning|being|is|would be) [^?]{0,160}\b(?:ten|10|a hundred|one hundred|100) (?:means|meaning|being|is|would be)|(?:zero|0|one|1) (?:to|and|through) (?:ten|10)|what number|which number)\b/;
// After a ruler read out in the turn ("0 means not ready… 10 means…"), "Where do you see yourself?" asks for the number.
const SCALE_PLACE = new RegExp(OPENER + "(?:where (?:do|would|are) you|what number|which number)\\b");
const SCALE_DEGREE = new RegExp(OPENER + "(?:how (?!many|much|often|long|old|far|come)[a-z]+ (?:are|is|would|do|does|were|was|will)|where (?:do|would|are) you|what number|which number)\\b");
// A question that asks for more, or for what the client has thought ("Anything else?", "Is there anything else
// you'd like to do?", "Have you thought about how you might…?"), opens the answer whatever its grammar.
const OPEN_ANYWHERE = /\b(?:anything else|any other (?:thoughts?|ideas?|ways?|things?|reasons?|hobbies|concerns?|barriers?)|(?:can|could) you think of|(?:thought|thoughts) (?:[a-z']+ ){0,3}(?:about|of|on|to) (?:what|how|why|ways|other ways))\b/;
// "I wonder if we could…", "I'm wondering whether…": a yes/no put softly (MITI: closed).
const WONDER_IF = /\b(?:wonder|wondering|wondered)(?:,?(?: (?:um|uh),?)? (?:if|whether)|,? (?:is|are|do|does|did|would|could|can|have|has) (?:you|there|it|that|this)\b)/;
const SCALE_ASK = /\b(?:how [a-z]+ (?:are|is|would|do|were) you|where (?:do|would|are) you|what number|which number)\b/;
// A wh-word at the very end of the question ("So messing with you would be like what?") asks openly.
const WH_LAST = /\b(?:what|how|why|where)\?$/;
// "What about the baby's father, is he any help?": a yes/no clause after the comma is the question asked.
const FINAL_YES_NO = /, (?:and |or |so |but )?(?:is|are|do|does|did|have|has|was|were|will|would) (?:you|he|she|it|that|this|there|they)\b[^,]*\?$/;
const SCALE_FOLLOW_UP = new RegExp(OPENER + "(?:why|how come|what (?:made|makes|would (?:it take|help|need)|keeps|has|got|is it))\\b");
// A question with no question mark, as transcripts often write them, or cut off before its end.
const UNMARKED_QUESTION = new RegExp(OPENER + "(?:(?:what|how|why|where|when|who|which) (?:do|does|did|is|are|was|were|would|could|can|will|have|has|had|made|makes|kind|sort|else)\\b|how [a-z]+ (?:are|is|do|did|would|was|were) you\\b|(?:do|does|did|are|is|was|were|have|has|can|could|would|will) (?:you|it|that|this|there|he|she|they|your)\\b)");
// Asking leave, or proposing, without a question mark ("Would it be okay if I share…", "…if you don't mind me
// asking--", "How about we start there and…"): questions whatever the punctuation says.
const ASKS_LEAVE = new RegExp(OPENER + "(?:(?:would|will|is|could) (?:it|that) (?:be )?(?:okay|ok|alright|all right|fine)(?: with you)? (?:if|for me|to)|(?:do|would) you mind (?:if|me|my)|(?:can|could|may) i (?:ask|share|tell|give|offer|show|mention|check)|how about (?:we|you|i|us) (?!know\\b)[a-z']+ [a-z']+)\\b|\\bif you (?:don't|do not) mind (?:me |my )?asking\\b");
// "How about we start there?", "How about you come back next week?": a proposal to accept or not (closed);
// "How about your grades?", "How about if you share…" ask openly.
const PROPOSAL = new RegExp(OPENER + "how about (?:we|you|i|us) (?!know\\b)[a-z']+ [a-z']");
// A wh-word with the verb before its subject asks, whatever the punctuation: "What were you thinking when…".
const WH_INVERTED = /^(?:(?:what|how|why|where|who) (?:else )?(?:do|does|did|would|could|can|will|have|has|made|makes)|(?:what|how|why|where|who) (?:is|are|was|were) (?:you|he|she|they|we|it|there)|how (?!come\b)[a-z]+ (?:are|is|were|was|do|did|would) (?:you|he|she|they))\b/;
const CUT_OFF = /(?:-|\u2013|\u2014|,)["')]*$|[a-z]$/;
const TAG_QUESTION = /(?:, (?:right|yeah|correct|ok|okay|huh|no)|(?:is|are|was|were|do|does|did|can|could|would|will|have|has|had)n't (?:it|you|they|he|she|that|there|i|we))\??$/;
// A lone "Okay?", "Yeah?", "Right?", "Sorry?": a check-in or back-channel, not a question to code.
const BACKCHANNEL_QUESTION = /^(?:(?:ok|okay|yeah|yes|right|sorry|huh|really|all right|alright|you know|got it|see|no|pardon|mm-hmm|hmm|uh-huh)[,.?! ]*)+$/;

export function questionType(norm: string): 'open' | 'closed' {
  const q = restart(afterQuote(destutter(norm)));
  if (WHAT_I_HEAR.test(q.replace(new RegExp(OPENER), '')) && isDeclarativeQuestion(q)) return 'closed';
  if (TAG_QUESTION.test(q.replace(/(?<![.?!])[.?!]+$/, '') + '?') && !OPEN_START.test(q)) return 'closed';
  if (SCALE.test(destutter(norm))) return SCALE_FOLLOW_UP.test(q) ? 'open' : 'closed';
  if (OPEN_ANYWHERE.test(q) || WH_LAST.test(q)) return 'open';
  if (WONDER_IF.test(q)) return 'closed';
  if (FINAL_YES_NO.test(q)) return 'closed';
  if (INVITATION.test(q)) return 'open';
  // "So when she's at work, what happens then?": the clause before the comma only sets the scene
  if (/^(?:(?:so|and|okay|ok|well|um|uh),? )*(?:when|where|if|once|after|before)\b/.test(q) && OPEN_AFTER_LEAD.test(q)) return 'open';
  if (CLOSED_WH.test(q) || PROPOSAL.test(q)) return 'closed';
  // "What … or …?" offering a choice is still open; "Is it X or Y?" stays closed below.
  if (OPEN_START.test(q) || OPEN_AFTER_LEAD.test(q)) return 'open';
  return 'closed';
}

/** The type of a turn's final question, read with the turn: after a ruler read out earlier, "Where are you?" is closed. */
function finalQuestionType(sentences: readonly CodedSentence[], last: CodedSentence): 'open' | 'closed' {
  const q = destutter(last.norm);
  if (SCALE_PLACE.test(q) && !SCALE_FOLLOW_UP.test(q) && sentences.some((s) => s !== last && SCALE.test(s.norm))) return 'closed';
  // the ruler read out after the question ("How important would it be? Zero being not important and 10…")
  const after = sentences.slice(sentences.indexOf(last) + 1);
  if (SCALE_DEGREE.test(q) && after.some((s) => SCALE.test(destutter(s.norm)))) return 'closed';
  return questionType(last.norm);
}

/** A question restarted mid-way ("Is-- can you tell me…", "What would-- how do you see it?") is typed by its last start. */
function restart(q: string): string {
  const at = q.lastIndexOf('-- ');
  const rest = at >= 0 ? q.slice(at + 3) : '';
  if (rest.split(' ').length >= 3) return rest;
  // a single dash breaks off too when a question starts again after it ("What if- uh, can I show you…?")
  let cut = -1;
  for (const m of q.matchAll(RESTART_ASK)) {
    // not a word repeated across the dash ("how important would it- would it be?" is one question)
    const before = q.slice(Math.max(0, m.index - 30), m.index + 1).split(' ').slice(-3);
    if (!before.includes(m[1])) cut = m.index + m[0].length;
  }
  return cut >= 0 ? q.slice(cut) : q;
}
const RESTART_ASK = /[a-z]- (?:(?:um|uh),? )?(?=(what|how|why|where|who|when|which|is|are|do|does|did|can|could|would|will|have|has) [a-z']+ [a-z'])/g;

// A question quoted speech runs into ('…you think, "maybe if I'd done something differently." How interested
// are you…'): after a quote introduced as a clause (by a comma or colon; the segmenter blanks its words) or ended
// by its full stop, the words that start a question again are read on their own ('What part of "no" did you…'
// is one question).
const QUOTE_END = /(?:[.!?]"|[,:] *" *") +(?=[a-z])/g;

function afterQuote(q: string): string {
  let at = -1;
  for (const m of q.matchAll(QUOTE_END)) at = m.index + m[0].length;
  if (at < 0) return q;
  const rest = q.slice(at);
  return rest.split(' ').length >= 3 && (UNMARKED_QUESTION.test(rest) || INVITATION.test(rest) || OPEN_START.test(rest)) ? rest : q;
}

// A wh-question broken off after a lead-in ("For, like why do you think, wh-what kinds of-", "…so, what sounds
// like a next step for you, some small goal-"): a question though it never reached its end.
const CUT_WH = /(?:^|(?<!\blike), )(?:(?:and|so|um|uh),? )*(?:what|how|why|where|who) (?:do|does|did|is|are|was|were|would|could|can|will|kinds?|sorts?|sounds|makes|made)\b[^?]*(?:-|\u2013|\u2014)["')]*$/;

/** Whether a sentence asks something: a question mark, an invitation, or an unmarked or cut-off question. */
export function isQuestionLike(s: CodedSentence): boolean {
  const whole = destutter(s.norm);
  if (BACKCHANNEL_QUESTION.test(whole)) return false;
  if (s.isQuestion || INVITATION.test(whole)) return true;
  const q = afterQuote(whole);
  if (q !== whole && INVITATION.test(q)) return true;
  if (CUT_WH.test(q)) return true;
  // a ruler read out and asked for without a question mark ("…where do you think you fall on the scale of 1 to 10.")
  if (SCALE.test(q) && SCALE_ASK.test(q)) return true;
  if (ASKS_LEAVE.test(q)) return true;
  return UNMARKED_QUESTION.test(q) && (CUT_OFF.test(q) || !/[.!]$/.test(q) || WH_INVERTED.test(q.replace(new RegExp(OPENER), '')));
}

// Reflection stems and statements about the client's experience.
const REFLECTION_STEM = new RegExp(
  OPENER +
    "(?:(?:it )?sounds? (?:like|as if|as though)|(?:it )?seems? (?:like|that|as if|to me)|so (?:you|for you|your|it's|part)|you(?:'re| are) (?:feeling|saying|thinking|wondering|worried|concerned|not sure|unsure|hoping|afraid|scared|frustrated|tired|torn|ready|struggling|stuck|really|pretty|kind of|sort of|starting|beginning|looking|trying|caught)|you (?:feel|felt|think|thought|want|wanted|wish|hope|worry|wonder|believe|like|love|care|miss|know|don't|didn't|can't|haven't|really|also|still|just|kind of|sort of|see|value|enjoy|realize|noticed|mentioned|said|told)|you(?:'ve| have) (?:been|got|had|done|made|noticed|tried|started|decided|found|mentioned|said)|part of you|on (?:the )?one hand|on the other hand|what i(?:'m| am) hearing|i(?:'m| am)? hear(?:ing|d)? (?:you|that)|i get the sense|i get that|i can see|i can hear|i imagine|i guess|i wonder if|for you|your (?:sense|feeling|worry|fear|concern|goal|hope|family|kids|health|job|biggest)|(?:this|that|it)(?:'s| is| has been| was) (?:been )?(?:really |pretty |very |so |kind of )?(?:hard|difficult|tough|important|frustrating|scary|a lot|overwhelming|confusing|painful|exhausting)|you(?:'d| would) (?:like|rather|prefer|love))\\b",
);
const FEELING_OR_MEANING = /\b(?:feel|feels|feeling|felt|afraid|scared|worried|worry|frustrat\w*|angry|sad|hurt|lonely|ashamed|guilty|embarrass\w*|overwhelm\w*|stuck|torn|hopeless|hopeful|proud|relieved|anxious|stress\w*|exhaust\w*|tired of|sick of|fed up|important to you|matters to you|value|values|want|wanting|wish|hope|really|part of you|on one hand|other hand|at the same time|and yet|but also|even though|although|because|so that|means|meaning|the way|like a|as if|sounds like|seems like|torn|ambivalen\w*|conflicted|struggl\w*|worth)\b/;

const AFFIRM = /\b(?:you(?:'ve| have) (?:done|worked|made|shown|taken|put|come|accomplished|achieved|managed|handled|stuck with|been working)(?: (?:a lot|so much|really|real|great|such|some|huge|big|hard|important|an?))|(?:that|it|this) (?:took|takes|shows|showed) (?:a lot of |real |some |such )?(?:courage|strength|guts|commitment|determination|effort|honesty|work|insight)|you(?:'re| are) (?:a |an |really |very |so |clearly )?(?:strong|resourceful|determined|committed|brave|courageous|caring|persistent|dedicated|thoughtful|honest|insightful|good (?:mom|mother|dad|father|parent|friend))|good (?:for you|job|work|thinking|idea|point|question)|well done|great (?:job|work|idea|question|point|effort|progress)|i (?:really )?(?:appreciate|admire|respect)|(?:that's|that is|it's|this is) (?:a )?(?:great|wonderful|impressive|amazing|fantastic|excellent|huge|big) (?:step|accomplishment|achievement|change|progress|effort|insight|idea)|you should be (?:proud|pleased)|congratulations|you did it|you managed|you made it|thank you for (?:sharing|being|coming|your|telling))\b/;
const COLLABORATION = /\b(?:what do you think|what are your thoughts|how (?:can|could|might) (?:i|we) (?:help|support)|what would (?:you like|be most helpful|help)|would you like to|where would you like|what would you like to (?:focus|talk|work)|let's (?:figure|work|look|think|talk|explore|see|come up)|together|we could (?:look|talk|explore|think|work)|does that (?:sound|fit|make sense|seem)|how does that sound|what do you make of|how does that fit|is that (?:right|accurate)|did i get that right|am i (?:getting|understanding) that right)\b/;
const INFORMATION = /\b(?:research|studies|study|evidence|data|statistics|percent|guidelines?|recommended|doctors?|medical|typically|usually|generally|often|many people|some people|most people|other people|one of the|it can|it may|it might|can cause|can lead|tends to|is a|are a|there are|there is|the (?:program|group|clinic|treatment|medication|study)|side effects?|risk|risks|increase|decrease|per (?:day|week)|drinks? a|units?|mg|dose|[0-9]+)\b/;
const ADVICE_FORM = /\b(?:you (?:should|must|need to|have to|could|might|may want|might want|can try|could try)|i (?:would |'d )?(?:recommend|suggest|advise|encourage)|my (?:advice|suggestion)|it (?:might|may|would|could) (?:help|be (?:helpful|good|worth|useful))|(?:one|another) (?:option|thing|idea|way)|some (?:people|folks) (?:find|try|have found)|what (?:some|other) people (?:do|find)|try (?:to|and)|have you (?:tried|considered))\b/;
const FILLER = /^(?:(?:ok|okay|right|yeah|yes|yep|mm-hmm|mhm|hmm|mm|uh-huh|um|uh|sure|alright|all right|i see|oh|wow|great|good|cool|got it|gotcha|thanks|thank you|hi|hello|bye|goodbye|exactly|absolutely|true|totally|fair enough|no|nope|of course|indeed|really|sounds good)[,.!? ]*)+$/;

// A statement whose subject is the client ("You've been thinking about this a lot", "You're not sure"):
// what a reflection sounds like, unless it instructs (modals) or is a filler ("you know", "you're welcome").
const CLIENT_AS_SUBJECT = new RegExp(
  OPENER +
    "(?:you're|you've|you are|you have|you)(?![a-z'])(?! (?:know|guys|welcome|can|could|will|would|'ll|may|might|should|must|need to|have to|got to|gotta|better|see|bet|mean|going to|gonna|did (?:really|a|such|so|great|good|well)|do(?:n't)? have to)\\b)",
);
// "So …" opening a summary of what the client said, when the counselor is not talking about themself or
// moving on ("So I'd like to…", "So let's…", "So what…").
const SO_SUMMARY = /^(?:(?:and|but|well|okay|ok|yeah|right|mm-hmm|um|uh|all right|alright),? )*so,? (?:(?:um|uh),? )*(?!(?:i|i'm|i'd|i'll|we|we're|we'll|let's|let|what|how|why|when|where|who|do|did|does|is|are|can|would|could|have|will|if|before|today|next|now|then|anyway|yeah|okay|ok|thank|thanks|good|great|nice)\b)[a-z]/;

const WH_OR_AUX_ANYWHERE = /(?:^|[,;:-] +|\b(?:and|so|or) )(?:what|how|why|where|when|who|which|do|does|did|is|are|can|could|would|will|have|has)\b/;
const DECLARATIVE_START = new RegExp(OPENER + "(?:you|you're|you've|your|it's|that's|it|that|this|there's|they|some|just|part of you|on (?:the )?one hand|(?:it )?(?:sounds|seems) like)\\b");
// "What I'm hearing is…", "What you're saying is…": a reflection stem, not a wh-question.
const WHAT_I_HEAR = /^(?:what i(?:'m| am) hearing(?: you say)?|what i hear(?: you saying)?|what you(?:'re| are) saying|what you said)(?: is)?\b/;

export function isDeclarativeQuestion(norm: string): boolean {
  const q = destutter(norm);
  const body = q.replace(new RegExp(OPENER), '');
  if (WHAT_I_HEAR.test(body)) return !WH_OR_AUX_ANYWHERE.test(body.replace(WHAT_I_HEAR, '')) && !TAG_QUESTION.test(q);
  return DECLARATIVE_START.test(q) && !WH_OR_AUX_ANYWHERE.test(body) && !TAG_QUESTION.test(q);
}

// "It's something that's always on your mind", "That really helps you get through things", "Kind of feels
// like you're climbing a mountain": the client's experience with "it" or "that" as the subject.
const IT_ABOUT_CLIENT = new RegExp(OPENER + "(?:(?:kind of |sort of |almost )?(?:feels?|sounds?|seems?) like|(?:it|that|this)(?:'s| is| was| has been|'s been| really| just)* (?:[a-z']+ ){0,6}(?:you|your|yourself)\\b)");
const IT_FEELING = new RegExp(OPENER + "(?:it|that|this)(?:'s| is| was| has been|'s been| feels| felt)(?: (?:really|pretty|very|so|kind of|sort of|a little|a bit|quite|just|not))* (?:hard|difficult|tough|scary|frightening|frustrating|uncomfortable|overwhelming|confusing|painful|exhausting|stressful|upsetting|a lot|a struggle|a big deal|important|a worry|a concern|lonely|sad|awful|terrible|unfair|easy|not easy)\\b");

/**
 * Whether a statement reflects: a reflection stem, the client as the subject, a "So …" summary, or the
 * client's experience as "it". `strong` keeps only the stems, for turns that also advise or confront,
 * where "you're going to take one tablet" is instruction, not reflection.
 */
function isReflection(norm: string, strong = false): boolean {
  const q = destutter(norm);
  if (REFLECTION_STEM.test(q)) return true;
  if (strong) return false;
  return CLIENT_AS_SUBJECT.test(q) || SO_SUMMARY.test(q) || IT_ABOUT_CLIENT.test(q) || IT_FEELING.test(q);
}

function isComplex(norm: string): boolean {
  const words = norm.split(/\s+/).length;
  return FEELING_OR_MEANING.test(norm) || words >= 14;
}

/**
 * MITI codes for one counselor turn or author paragraph: the rules' codes, and for spoken turns the main
 * behaviour the learned coder hears in them (coder-model.ts), realized in the codes.
 */
export function codeCounselorTurn(ev: TurnEvidence): CounselorCoding {
  compileCounselorCues();
  const rule = ruleCodes(ev);
  if (!ev.spoken) return { codes: rule };
  if (featureSink) {
    featureSink('turn', turnFeatures(ev, rule));
    return { codes: rule };
  }
  const model = coderModel();
  if (!model) return { codes: rule };
  const codes = realize(rule, model.behaviour(turnFeatures(ev, rule)), ev);
  const also = reflectsToo(ev, codes);
  return also ? { codes, alsoReflects: also } : { codes };
}

/** A counselor turn's codes, and the reflection it carries beside its main code, when it has one (see reflectsToo). */
export interface CounselorCoding {
  codes: MiCode[];
  alsoReflects?: ReflectionCode;
}

export type ReflectionCode = 'simple-reflection' | 'complex-reflection';

/**
 * A spoken turn that reflects and then asks ("You've cut down a lot already. What helped?") keeps one main
 * code, the question, as AnnoMI's main behaviour does. MITI 4.2.1 codes each utterance of a turn, so the
 * session's summary scores count both behaviours: the reflection a statement before the final question
 * makes is returned here, and metrics.ts counts it. A declarative question alone ("You're okay with
 * that?") stays a question (counting those too added 43 dev turns, 6 of them reflections to the coders), and a turn that
 * advises or confronts reflects nothing (realize()).
 */
function reflectsToo(ev: TurnEvidence, codes: readonly MiCode[]): ReflectionCode | undefined {
  if (!codes.includes('open-question') && !codes.includes('closed-question')) return undefined;
  if (codes.includes('simple-reflection') || codes.includes('complex-reflection') || codes.includes('persuade') || codes.includes('confront')) return undefined;
  let lastQuestion = -1;
  ev.sentences.forEach((s, i) => isQuestionLike(s) && (lastQuestion = i));
  let found: ReflectionCode | undefined;
  for (let i = 0; i < lastQuestion; i++) {
    const s = ev.sentences[i];
    if (isQuestionLike(s) || FILLER.test(s.norm) || !isReflection(s.norm)) continue;
    if (isComplex(s.norm)) return 'complex-reflection';
    found = 'simple-reflection';
  }
  return found;
}

/** The rules' MITI codes for a turn. */
export function ruleCodes(ev: TurnEvidence): MiCode[] {
  const codes = new Set<MiCode>();
  const questions = ev.sentences.filter(isQuestionLike);
  const statements = ev.sentences.filter((s) => !questions.includes(s) && !(s.isQuestion && BACKCHANNEL_QUESTION.test(destutter(s.norm))));

  for (const f of ev.findings) {
    if (f.miCode === 'confront') codes.add('confront');
    else if (f.miCode === 'persuade') codes.add('persuade');
  }
  const turnNorm = ev.sentences.map((s) => s.norm).join(' ');
  if (ev.adviceWithPermission && !codes.has('persuade') && ADVICE_FORM.test(turnNorm)) codes.add('persuade-with-permission');

  if (questions.length) {
    const last = questions[questions.length - 1];
    codes.add(finalQuestionType(ev.sentences, last) === 'open' ? 'open-question' : 'closed-question');
  }

  let reflection: 'simple' | 'complex' | null = null;
  // A statement about the client said with a rising voice ("So you feel like you're doing this alone?") is
  // a reflection as well as a (closed) question (MITI 4.2.1: reflections may end in an upward inflection).
  const asked = questions.length ? [questions[questions.length - 1]].filter((q) => q.isQuestion && isDeclarativeQuestion(q.norm)) : [];
  for (const s of [...statements, ...asked]) {
    if (FILLER.test(s.norm)) continue;
    if (AFFIRM.test(s.norm)) codes.add('affirm');
    if (isReflection(s.norm, codes.has('persuade') || codes.has('confront'))) {
      const c = isComplex(s.norm) ? 'complex' : 'simple';
      if (reflection !== 'complex') reflection = c;
    }
  }
  if (reflection) codes.add(reflection === 'complex' ? 'complex-reflection' : 'simple-reflection');
  if (AUTONOMY.test(turnNorm)) codes.add('emphasizing-autonomy');
  if (isPermissionAsk(turnNorm) || ev.sentences.some((s) => s.isQuestion && COLLABORATION.test(s.norm))) codes.add('seeking-collaboration');

  const substantive = statements.filter((s) => !FILLER.test(s.norm));
  if (
    substantive.length &&
    !reflection &&
    !codes.has('persuade') &&
    !codes.has('confront') &&
    !codes.has('persuade-with-permission') &&
    !codes.has('affirm') &&
    substantive.some((s) => INFORMATION.test(s.norm) || s.norm.split(' ').length >= 8)
  ) {
    codes.add('giving-information');
  }
  return ORDER.filter((c) => codes.has(c));
}

/**
 * Makes the codes say what the coder heard as the turn's main behaviour, changing only what decides it:
 * reflection codes are kept or added only for a reflection, a question code is added for a question the
 * rules did not type, information is added to an informing turn and removed from "other" (fillers,
 * greetings, small talk). Affirm, autonomy, collaboration, persuade and confront stay as the rules found them.
 */
function realize(rule: MiCode[], main: Behaviour, ev: TurnEvidence): MiCode[] {
  const codes = new Set(rule);
  const turnNorm = ev.sentences.map((s) => s.norm).join(' ');
  // A turn that advises or confronts is no reflection, whatever else it says about the client ("Now's the time
  // to quit. You can't keep smoking"): coders code it as the advice (held-out: R:Q rho 0.665 -> 0.723).
  const directs = codes.has('persuade') || codes.has('confront');
  // A reflection stem said with a rising voice at the turn's end ("So on the one hand you…, and on the other…?")
  // stays a reflection when the coder hears a question: MITI codes the reflection (held-out reflections +0.004).
  const last = ev.sentences[ev.sentences.length - 1];
  const stemAsked = !!last && last.isQuestion && isDeclarativeQuestion(last.norm) && isReflection(last.norm, true);
  if (main === 'question' && stemAsked && !directs && (codes.has('simple-reflection') || codes.has('complex-reflection'))) {
    // the rules' reflection stands
  } else if (main === 'reflection' && !directs && !onlyAsks(ev)) {
    if (!codes.has('simple-reflection') && !codes.has('complex-reflection')) codes.add(isComplex(turnNorm) ? 'complex-reflection' : 'simple-reflection');
  } else {
    codes.delete('simple-reflection');
    codes.delete('complex-reflection');
  }
  if (main === 'question' && !codes.has('open-question') && !codes.has('closed-question')) {
    codes.add(last && finalQuestionType(ev.sentences, last) === 'open' ? 'open-question' : 'closed-question');
  }
  if (main === 'therapist_input' && !codes.has('persuade') && !codes.has('persuade-with-permission')) codes.add('giving-information');
  if (main === 'other') codes.delete('giving-information');
  return ORDER.filter((c) => codes.has(c));
}

/**
 * A turn that is one question put with its verb first or a wh-word, after fillers at most ("Okay. Is there anything
 * in particular…?", "Would it--"): nothing in it hands the client's words back, so the coder's reflection is not
 * taken there (held-out, mean of 4 halvings: reflections 0.701 -> 0.705, behaviour 0.725 -> 0.728).
 */
function onlyAsks(ev: TurnEvidence): boolean {
  const s = ev.sentences[ev.sentences.length - 1];
  if (!s || !ev.sentences.slice(0, -1).every((x) => FILLER.test(x.norm)) || !isQuestionLike(s)) return false;
  const q = destutter(s.norm);
  return ASKS_FIRST.test(q) && !WHAT_I_HEAR.test(q.replace(new RegExp(OPENER), ''));
}
const ASKS_FIRST = new RegExp(OPENER + "(?:(?:is|are|was|were|do|does|did|have|has|had|can|could|would|will|should|may|might)(?:n't)? [a-z]|(?:what|how|why|where|who|when|which)\\b)");

// What the learned coder reads: the words (unigrams, bigrams), where they stand (first words of the turn and
// of its last sentence), its shape (length, a final question mark) and every rule cue and rule code. Names
// are stable strings; scripts/train-coder.ts writes weights for them.
const TOKEN = /[a-z']+|\?/g;

function tokensOf(text: string): string[] {
  return destutter(text).match(TOKEN) ?? [];
}

function addWords(f: Features, words: string[], trigrams = false): void {
  for (let i = 0; i < words.length; i++) {
    bump(f, `u:${words[i]}`);
    if (i + 1 < words.length) bump(f, `b:${words[i]} ${words[i + 1]}`);
    if (trigrams && i + 2 < words.length) bump(f, `t:${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  }
  for (let i = 0; i < Math.min(3, words.length); i++) bump(f, `p${i}:${words[i]}`);
  f.set('len', Math.log(1 + words.length));
}

function bump(f: Features, name: string, by = 1): void {
  f.set(name, (f.get(name) ?? 0) + by);
}

/** Features of a counselor turn for the behaviour head. */
export function turnFeatures(ev: TurnEvidence, rule: readonly MiCode[]): Features {
  const f: Features = new Map();
  const text = ev.sentences.map((s) => s.norm).join(' ');
  const tokens = tokensOf(text);
  addWords(f, tokens);
  const last = ev.sentences[ev.sentences.length - 1];
  if (last) {
    const lw = tokensOf(last.norm.replace(new RegExp(OPENER), ''));
    for (let i = 0; i < Math.min(2, lw.length); i++) bump(f, `l${i}:${lw[i]}`);
    if (last.isQuestion) bump(f, 'endq');
  }
  for (const c of rule) bump(f, `code:${c}`);
  for (const x of ev.findings) if (x.miCode) bump(f, `finding:${x.miCode}`);
  let questions = 0;
  for (const s of ev.sentences) {
    const q = destutter(s.norm);
    if (isQuestionLike(s)) questions++;
    if (REFLECTION_STEM.test(q)) bump(f, 'cue:stem');
    if (CLIENT_AS_SUBJECT.test(q)) bump(f, 'cue:you');
    if (SO_SUMMARY.test(q)) bump(f, 'cue:so');
    if (IT_ABOUT_CLIENT.test(q) || IT_FEELING.test(q)) bump(f, 'cue:it');
    if (s.isQuestion && isDeclarativeQuestion(s.norm)) bump(f, 'cue:declq');
    if (FILLER.test(s.norm)) bump(f, 'cue:filler');
    if (INFORMATION.test(s.norm)) bump(f, 'cue:info');
    if (AFFIRM.test(s.norm)) bump(f, 'cue:affirm');
  }
  f.set('sentences', Math.log(1 + ev.sentences.length));
  // a turn that continues or breaks off an utterance across the client's interjection ("-right now.")
  if (/^[-\u2013\u2014]/.test(text.trimStart())) bump(f, 'shape:continues');
  if (/[-\u2013\u2014]["')]*$/.test(text.trimEnd())) bump(f, 'shape:breaks-off');
  f.set('questions', Math.log(1 + questions));
  // how much of the turn is about the client, the counselor or both: reflections speak of "you", information
  // and structuring of "I" and "we" (a share, so long turns and short ones read alike)
  const words = tokens.filter((w) => w !== '?');
  const share = (re: RegExp) => (words.length ? words.filter((w) => re.test(w)).length / words.length : 0);
  f.set('share:you', 4 * share(/^(?:you|your|you're|you've|yourself|you'd|you'll)$/));
  f.set('share:i', 4 * share(/^(?:i|me|my|i'm|i've|i'd|i'll)$/));
  f.set('share:we', 4 * share(/^(?:we|us|our|we're|we'll|let's)$/));
  return f;
}

/** Features of a client turn for the change-talk head. */
export function clientFeatures(norm: string, rule: Talk, cues: { change: number; sustain: number; fired: readonly string[] }): Features {
  const f: Features = new Map();
  addWords(f, tokensOf(norm), true);
  bump(f, `talk:${rule}`);
  f.set('cue:change', cues.change);
  f.set('cue:sustain', cues.sustain);
  // which DARN-CAT or sustain cue fired (by its place in the lists above)
  for (const c of cues.fired) bump(f, `cue:${c}`);
  return f;
}

type FeatureSink = (kind: 'turn' | 'client', f: Features) => void;
let featureSink: FeatureSink | null = null;

/**
 * For scripts/train-coder.ts only: while a sink is set, spoken turns are coded by the rules alone and their
 * features go to the sink, so the model learns from exactly what it will read at run time.
 */
export function setFeatureSink(sink: FeatureSink | null): void {
  featureSink = sink;
}

const ORDER: MiCode[] = [
  'complex-reflection',
  'simple-reflection',
  'open-question',
  'closed-question',
  'affirm',
  'seeking-collaboration',
  'emphasizing-autonomy',
  'giving-information',
  'persuade-with-permission',
  'persuade',
  'confront',
];

// Client language about change (DARN-CAT) and about staying the same (MI-GUIDE.md). The client's own "I"
// clause carries it: "I" with hedges ("I think I could probably…") before the modal or verb. A negation
// between "I" and the verb is not a hedge, so "I don't want to quit" never reads as desire.
const I = "(?<!\\b(?:why|if|when|whenever|unless|said|says|told me|tells me|thinks|thought|wants|not (?:sure|certain)|doubt|unsure|see how|how|who|whether)(?: that| if| whether)? )\\bi(?:'ve| have)?(?: (?:really|just|definitely|probably|maybe|kind of|sort of|do|actually|think i|guess i|know i|feel like i|also|still|honestly|totally|certainly|at least|even|already|finally))*";
const IM = "(?<!\\b(?:how|where|who|whether) )\\bi(?:'m| am)(?: (?:really|just|definitely|probably|kind of|sort of|actually|also|still|honestly|totally|so|pretty|finally))*";
// What the client might keep doing: wanting *these* is sustain talk, not desire for change.
const HABIT = "(?:drink|drinking|smoke|smoking|use|using|party|partying|gamble|gambling|get (?:drunk|high|wasted)|have (?:like )?(?:a|my|some|another|one|a couple of) (?:drink|beer|cigarette|smoke|glass)|keep (?:drinking|smoking|using|doing (?:it|this|that)))\\b";
// What a client commits to or plans: a step, not any future ("I'll say something like…").
const STEP = "(?:try|start|stop|quit|cut|call|make|go (?:to|back|for|see)|do (?:it|that|this|my best|something|better|more)|give|set|get (?:rid|help|back|a|some|started|my|in touch)|work (?:on|out)|keep (?:it up|trying|going|track|a (?:log|journal|diary))|talk to|see (?:a|my|the|how)|look (?:into|for|at)|take(?! it easy)|use (?:the|a|my)|switch|write|throw|join|sign up|come back|put|ask|avoid|limit|stay|be (?:more|there|better|careful|sober)|check|plan|think about|cut (?:back|down)|reduce|change|exercise|walk|eat|drink less|smoke less|find|pick|schedule|book|bring|skip|drop|substitute|replace)\\b";
// Futures that are no step: more of the same, or talk about talk.
const NOT_A_STEP = "(?!(?:probably|definitely|really|also|at least|first|try to|try and|keep (?:drinking|smoking|using|doing (?:it|that))|be fine|be honest(?! with)|be (?:bummed|sad|upset|mad|angry|disappointed|injured|late|okay|ok)|drink|smoke|use|say|tell|still|pretty|like|have to|be (?:back|21|there)|need|probably keep|deal with|listen|live|fall|slip|trip|hurt|get (?:hurt|caught|arrested|sick|fired|in trouble)|break (?:my|a|something)|forget|fail|mess up|die|sign|think(?! about)|just (?:deal|take it easy)|take it easy|have (?:like )?(?:a|one|two|a couple of|another) (?:drink|beer|cigarette|smoke|glass))\\b)";
// What a client does not want that makes "I don't want to …" change talk, not sustain talk: more of the
// habit, its costs, going back ("I don't wanna drink so much", "…lose my license", "…let my kid down", "…do
// that again"). "I don't want to quit" or a bare "I don't want to" stays sustain talk.
// A plan given as a bare verb phrase, answering "what would you do?" ("Probably just not drink as much",
// "Get some help", "And then maybe set up another appointment").
export const BARE_PLAN = /^(?:(?:um|uh|well|yeah|yes|okay|ok|right|sure|so|and|then|probably|maybe|just|i guess|i think|i suppose|really|definitely|first|to|try to|try and|i'd say|i would say)[,.]? )*(?:not (?:really )?(?:drink|smoke|use|go|have|buy|keep)|quit|stop|cut (?:back|down|out)|go (?:to (?:bed|the gym|a meeting|meetings|the doctor|aa|na|therapy|counseling)|for (?:a walk|walks|a run))|get (?:some|a|rid|help|more|back)|set (?:up|a|some)|make (?:an|a) (?:appointment|plan|list|schedule)|start|call|talk to|walk|exercise|eat (?:less|more|better|healthier)|drink (?:less|water)|smoke less|limit|switch|join|sign up|throw|take (?:my|the|a walk)|turn off|do my|keep (?:a|track|busy)|avoid|find (?:a|some|another)|spend (?:less|more)|save|stay (?:away|home|in|sober|clean)|write(?: (?:it|them|down))?|look (?:for|into)|(?:having|drinking|smoking|eating|buying|keeping) (?:less|fewer|no|more water)|have (?:like )?an? (?:diary|journal|log|plan)|see (?:a|my|the) (?:doctor|counselor|therapist|nurse|dentist))\b/;
export const UNWANTED = `(?:keep|be (?:addicted|an?|sick|destructive|dependent|stuck|back)|become|end up|lose|die|go (?:back|through)|fall back|relapse|feel|live|continue|let|get (?:in|into|sick|arrested|caught|another|worse|addicted|hooked)|hurt|put|have (?:a|another|to)|miss|risk|spend|wreck|ruin|screw|mess|waste|make (?:[a-z']+ ){0,3}worse|act out|go down (?:that|this|the same) (?:road|path)|be too far gone|expose|${HABIT}|(?:[a-z']+ ){1,6}again\\b|(?:that|this|it|something|anything) (?:to )?(?:happen|mess|ruin|affect|hurt|wreck)|(?:any|more) (?:[a-z]+ )?(?:problems|trouble|stds|diseases|infections|issues)\\b|(?:him|her|them|my (?:[a-z]+)) to (?:grow up|see|go through|think|have to))`;
// What a client may want to do that is no change: the habit itself, or talk about talk.
const DESIRE_NOT = `${HABIT}|let you know|make sure|say|ask|tell you|mention|be honest|talk to you|speak to you|know|that|[a-z]+ed`;
// Asking how to go about it is change talk in a question.
// eslint-disable-next-line prefer-const
let ASKS_HOW: RegExp;

/**
 * A client's words without the sentences they ask ("Do I have to?", "Is this gonna help me get my license
 * back?") or put up for agreement ("If I had more money, I could work less hours, you know?", "I got to
 * come to all these appointments, right?"): weighing out loud, not stating a change.
 */
export function statementsOf(text: string): string {
  if (!text.includes('?')) return text;
  // split after each sentence's end mark (a run of them stays together): linear, where a pattern for the
  // whole question would rescan a long run without one from every position
  return text.split(/(?<=[.!?])(?![.!?])/).map((part) => (part.endsWith('?') ? ' ' : part)).join('');
}

// Each cue with the DARN-CAT kind it hears (change-talk.ts names a turn's kind by them).
const CHANGE_CUES: Array<[ChangeTalkType, RegExp]> = [
  // desire
  // wanting to do something, or wanting help or a change; wanting a thing or a state of others is no desire
  // for change ("I just want my call", "I want the best for him", "I want them to know", "what I want in life")
  ['desire', new RegExp(`${I}(?: wanna|(?: want| wish| hope| been (?:wanting|meaning|hoping)|(?: would|'d)(?: (?:really|also|just|definitely|still|actually))* (?:like|love)) to)(?: (?!(?:${DESIRE_NOT})\\b)[a-z]|(?=[.!?,]|$))|${I}(?: want|(?: would|'d)(?: (?:really|also|just|definitely|still|actually))* (?:like|love)| wish| hope) (?:(?:some|more|a|the|to) )?(?:help|change|changes|support|treatment)\\b|${I}(?: want|(?: would|'d)(?: (?:really|also|just|definitely|still|actually))* (?:like|love)) (?:it|that|this|things) to (?:be|stop|change|get)\\b|${I} hope so\\b`)],
  // ability
  ['ability', new RegExp(`${I} (?:can|could|might be able to|was able to)(?: (?:probably|maybe|definitely|certainly|just|at least|really|still|totally|easily|try and))* (?!(?:see myself|imagine|not|never|drink(?! (?:something|water|less|soda|juice))|smoke|use|have (?:a|one))\\b)(?:drink (?:something|water|less|more water|only|soda|juice)|read|learn|replace|swap|ride|swim|run|cook|eat (?:less|more|better|healthier)|postpone|wait|delay|leave|practice|floss|brush|do|try|go|cut|stop|quit|make|get|start|handle|manage|change|find|call|take|work|be|switch|substitute|walk|exercise|ask|put|keep|say|tell|limit|avoid|stay|set|join|look|plan|bring|use (?:the|a|my)|give|drop|skip|pick|wear|spend|save)\\b`)],
  ['ability', new RegExp(`${IM} (?:able to|capable of|confident)\\b|\\bi can do (?:it|this|that)\\b|\\b(?:it(?:'s| is)|it(?:'d| would| will| might|'ll) be)(?: (?:definitely|totally|probably|still|really|very|quite))* (?:possible|doable|feasible)(?: for me)?(?: to\\b|(?=[.!?,]|$))`)],
  // commitment and activation
  ['commitment', new RegExp(`${I}(?:'ll| will| promise(?: to)?| plan to| intend to| decided to|'ve decided to| have decided to)(?: (?:probably|definitely|just|really|try to|try and|also|at least|first))* (?:${STEP}|${NOT_A_STEP}[a-z])`)],
  ['commitment', new RegExp(`${IM} (?:going to|gonna|planning to|planning on|thinking (?:about|of)|considering)(?: (?:probably|definitely|just|really|try to|try and|also|at least|first))* (?:${STEP}|${NOT_A_STEP}[a-z])`)],
  ['activation', new RegExp(`${IM} (?:committed|determined|ready|willing|prepared|open|motivated|excited) (?:to|for|about)\\b`)],
  ['commitment', /\bi(?:'ll| will| would|'d) never (?:do (?:that|it|this)|get in|drive|drink|smoke|use|go back|let)\b|\bi(?:'m| am) not (?:gonna|going to) (?:drink|smoke|use|have (?:it|any|a drink)|buy|bring|keep)\b|\bi (?:won't|will not) (?:drink|smoke|use|have (?:it|any|a drink)|buy|bring|keep)\b/],
  // need
  ['need', new RegExp(`${I}(?: need to| have to|'ve got to| got to| gotta| should| must| ought to)(?: (?:probably|really|just|definitely|at least|start|try to))* (?!${HABIT}|(?:say|admit|laugh|confess)\\b)[a-z]`)],
  ['need', new RegExp(`${IM} (?:going to|gonna) have to (?!${HABIT})[a-z]`)],
  ['need', /\bsomething (?:has|needs|'s got) to (?:change|give)\b/],
  // reasons: what would be better, what the habit costs
  ['reason', new RegExp(`${I}(?: would|'d)(?: (?:probably|definitely|really|just|also))* (?:feel|be (?:able|healthier|happier|better|more|there|a better)|have (?:more|a better)|look|sleep|save|lose|fit|wear|enjoy|get (?:my|back|to))\\b`)],
  // what a change would bring ("it'd be nice"); said of the present ("It's good.", "It's nice here") only
  // when it weighs something: important, better, healthier
  ['reason', /\b(?:it|that|this)(?: would be|'d be| will be| could be|'ll be| might be)(?: (?:really|very|so|pretty|definitely|probably|also))* (?:important|good|better|nice|great|helpful|healthier|worth it|a good idea|a relief|easier)\b(?<!\bthat(?:'d| would) be(?: (?:really|very|so|pretty|definitely|probably|also))* (?:nice|great|helpful|good)(?=[.!]*$))|\b(?:it|that|this)(?:'s| is)(?: (?:really|very|so|pretty|definitely|probably|also))* (?:important|better|healthier|worth it|a relief)\b/],
  ['reason', /\b(?:an? (?:good|great|better) (?:idea|step|start|first step|thing to do)|a step (?:forward|in the right direction)|not (?:be )?(?:a|such a) bad idea|worth (?:a )?try(?:ing)?|that's the goal)\b/],
  ['reason', /\b(?:it's|it is|this is|that's|drinking is|smoking is|it has been|it's been|it's getting|it's becoming|my [a-z]+(?: [a-z]+)? (?:is|has been|'s been)|that would be|it would be|that'd be)(?: (?:really|becoming|getting|kind of|a|starting to|definitely|probably|obviously))* (?:a problem|a (?:(?:really|very|quite|pretty) )?(?:big |real |huge |major )(?:concern|worry|problem|issue|thing)|problem|hurting|affecting|ruining|killing|costing|too much|out of control|hard on|getting in the way|taking over|(?:to|going to|gonna) (?:hurt|affect|ruin|cost|kill|mess up|get in the way)|hurt|affect|ruin|mess up|(?:not good|bad|embarrassing) for (?:me|my|him|her|them|the kids|us|you|your)|a (?:big |real |huge )?(?:concern|worry)|not something i'm (?:happy|proud) (?:with|of|about))\b|\b(?:i'm|i am) not getting any younger\b/],
  ['reason', /\bi (?:don't|do not) (?:like|want to feel|enjoy) (?:how|what|the way|that|it when|when|[a-z]+ing)\b/],
  ['reason', new RegExp(`${IM} (?:worried|scared|afraid|concerned|nervous)(?! (?:about|that|of) (?:you|him|her|them|it not)\\b)\\b|\\bi (?:do |really |kind of |sort of )*(?:feel|felt|get|got) (?:(?:kind of|sort of|a (?:bit|little)|really|so|very|pretty) )*(?:worried|scared|guilty|ashamed|embarrassed)\\b|${IM} (?:tired|sick) (?:of|and tired)\\b|\\bi(?:'m| am) fed up\\b`)],
  ['desire', new RegExp(`\\bi(?: (?:just|really|definitely|honestly|still|certainly))* (?:don't|do not)(?: (?:really|even|just|actually))* (?:want|wanna)(?: to)? ${UNWANTED}`)],
  ['reason', /\b(?:for|because of) my (?:kids|children|family|health|wife|husband|son|daughter|job|baby|partner|future)\b/],
  // feeling better for a change made ("I feel better", "I felt better"), not for the habit ("when I drink I feel better")
  // (the look-behind runs after "i" at a word start, not at every position: linear and cheap on long text)
  ['taking-steps', /\bi(?<!\b(?:drink|drinking|smoke|smoking|use|using|high|drunk|cigarette|beer|wine|joint)\b[^.?!]{0,30}i) (?:feel|felt) (?:so |a lot |much |way |a little |a bit )?better\b/],
  // the habit's toll: a hangover, an effect on the people around ("it's having some sort of effect on my friends")
  ['reason', /\b(?:had|have|get|got|with) (?:a |bad )?hangovers?\b|\bhaving (?:an?|some|some sort of|some kind of|a big|a real) (?:effect|impact|toll) on (?:my|me|her|him|them|our)\b/],
  // spoken with the "I" dropped at a sentence's start ("Wanna stop getting in trouble. Don't wanna be back here.")
  ['desire', new RegExp(`(?:^|[.!?] )(?:just |really )?(?:wanna|want to) (?:stop|quit|cut|change|get (?:better|back|healthy|out)|be (?:healthy|healthier|better|a better)|start)\\b|(?:^|[.!?] )(?:just |really )?(?:don't|do not) (?:wanna|want to) ${UNWANTED}`)],
  // change imagined: what the client would try if ("if I only smoked while she's at school", "if I can just
  // postpone it", "if I drink less, I'll…", "if I really start to see a problem…")
  ['reason', /\bif i (?:only |just |can |could |were to |really |actually |decide to |decided to |go ahead and )*(?:quit|stop|cut (?:back|down|out)|drink less|smoke less|drank less|smoked less|postpone|put (?:it )?off|(?:smoked|drank|used|drink|smoke|use) (?:only )?(?:while|when|on|at|outside)|go ahead|continue to|give (?:it|them|that) up|switch|limit|avoid|get rid|made a (?:goal|plan)|make a (?:goal|plan)|start(?:ed)? to see|really start|ask (?:her|him|them|my [a-z]+) (?:not )?to)\b/],
  // taking steps
  ['taking-steps', new RegExp(`(?<!\\b(?:if|when|once|unless|until|before) )${I} (?:(?:started|began|tried)(?! (?:${HABIT}|it|everything|(?:so many|a (?:hundred|million|thousand)) times|playing|on|off|out|about|when|at|with|[a-z]+ (?:years|months) ago))|cut (?:back|down)|quit|stopped|joined|called|signed up|substituted|switched|reduced|threw (?:out|away)|poured|got rid|managed to|went (?:to (?:a|the|my) (?:meeting|gym|doctor|clinic|group)|for a)|haven't (?:had|used|drunk|smoked|touched)|have not (?:had|used|drunk|smoked)|didn't (?:have|drink|smoke|use) (?:any|anything|a (?:drink|cigarette|single)))\\b`)],
  ['taking-steps', /\bi(?:'ve| have) been (?:really |trying to |doing )?(?:going|trying|cutting|walking|exercising|working (?:on|out)|eating|attending|sober|clean|taking (?:my|the)|practicing|running|swimming|meditating|saving|limiting|avoiding|keeping track|using (?:the|a|my)|doing (?:yoga|better|well|good)|(?:pretty |really |so )(?:well|good))\b|\bi (?:try|tried|'m trying|am trying)(?: (?:really|so) hard| my best)? (?:not to (?:drink|smoke|use|have)|to (?:cut|stop|quit|not))\b|\b(?:and|been|i'm|am|still) trying to (?:quit|stop|cut (?:back|down))\b|\bi did (?:what we (?:discussed|talked about|said|agreed)|the (?:journal|diary|log|homework|exercises))\b|\bi(?:'m| am)? (?:still )?(?:keep|kept) (?:trying|going|at it)\b/],
  ['ability', /\bmaybe i (?:could|should|can|will|need)\b/],
  // what the client would do, or will have to do ("I wouldn't drink as much", "I'd call a taxi", "I'll have
  // to get my information together"); having thought of quitting
  ['commitment', new RegExp(`${I}(?: would|'d)(?: (?:probably|definitely|really|just|also|then))* (?:${STEP})|\\bi (?:wouldn't|would not)(?: (?:really|probably))* ${HABIT}(?: (?:as|so|that|too) much)?|\\bi(?:'ll| will) (?:probably |just )?have to (?!(?:say|admit|tell you|${HABIT}))[a-z]`)],
  ['activation', new RegExp(`\\bi(?:'ve| have)? (?:thought|been thinking) (?:of|about) (?:quitting|stopping|cutting|changing|giving (?:it|them|that) up|getting help|going (?:back )?to)\\b`)],
  ['commitment', BARE_PLAN],
  // asking how to go about it; feeling proud of a step; counting down
  ['activation', ASKS_HOW = /\bwhere (?:should|can|could|do|would|do you think) i (?:should |could )?(?:start|begin)\b|\b(?:what|how) (?:should|can|could|do|would) i (?:do (?:first|next|it|that|this)|go about|start|begin|handle|deal|stop|quit|cut|get (?:started|through|help)|say no|tell (?:them|him|her|my))\b/],
  ['taking-steps', /\bi (?:felt|feel|was|am|'m) (?:really |so |pretty |kind of )?(?:proud of myself|good about myself)\b|\bsomething good for myself\b|\bi(?:'m| am|'ve| have)? (?:got(?:ten)? )?down (?:to )?(?:\d+|one|two|three|four|five|six|half|a couple)\b/],
  // the plain forms of DARN-CAT that the cues above spell only with an "I" clause of another shape
  ['desire', new RegExp(`${IM} (?:hoping|looking) to (?!(?:${DESIRE_NOT})\\b)[a-z]|\\bi(?:'d| would) (?:much )?rather (?:not (?:${HABIT}|have|keep|go back)|(?:be|get|stay) (?:sober|clean|healthy|healthier|fit|off it))|\\bi want (?:my (?:life|health|family|kids|children|job|license|licence|freedom|marriage|wife|husband|energy|body) back)\\b|\\bi need (?:a|some) (?:change|help)\\b`)],
  ['need', /\bi (?:can't|cannot|can not) (?:keep (?:doing|going|living|drinking|smoking|using|on)(?: (?:like )?(?:this|that))?|go on (?:like|this)|continue (?:like|this|doing)|live like this)\b/],
  ['activation', new RegExp(`${IM} (?:ready|willing|prepared|motivated)(?=[.!,]|$)|\\bi(?:'ve| have) had enough(?=[.!,]|$| of (?:it|this|that|drinking|smoking|using|feeling|being|the))`)],
  ['commitment', /\bi(?: (?:really|definitely))? plan on (?:quitting|stopping|cutting|going|getting|starting|calling|trying|making|taking|switching|joining)\b/],
  ['taking-steps', new RegExp(`${IM} (?:(?:still|really|definitely|actually) )*trying (?:hard )?(?:to (?:quit|stop|cut|not|drink less|smoke less|eat (?:less|better|healthier)|exercise|walk|get (?:more|to)|stay|avoid|limit)|not to)\\b|\\bi(?:'ve| have)? cut (?:way|a lot|a little|it|them|that) (?:back|down)\\b|\\bi(?:'m| am) not (?:drinking|smoking|using|gambling)(?: (?:anymore|any more|these days|as much|so much|that much))\\b|\\bi (?:don't|do not) (?:drink|smoke|use|gamble)(?: (?:anymore|any more))\\b|\\bi(?:'ve| have)? (?:made|booked|set up|scheduled) (?:an? )?(?:appointment|plan|call|date)\\b`)],
  ['reason', /\bit (?:would|'d|will|'ll|might) (?:really |definitely |probably )?help(?: me)? (?:if i|to (?:quit|stop|cut))\b|\bi (?:really )?hate (?:how|what|the way|that|it when|when|who)\b|\bi (?:don't|do not) like who i (?:am|become)\b|\bi miss (?:being|feeling) (?:healthy|fit|well|good|better|clear|sober|myself|in shape|active)\b/],
];
// a barrier after "but" weighs against the change before it ("I know I can do it, but it just seems really
// hard", "I could, but that could also backfire", "I'd like to work on it but if I get around to it…")
const BUT_BARRIER = /\bbut\b[^.?!]{0,40}?\b(?:(?:it|that|this)(?: (?:just|really|also|still))*(?:'s| is| seems| comes| gets| could)(?: (?:just|really|so|very|kind of|pretty|also))* (?:hard|difficult|tough|backfire)|i (?:just )?(?:don't|do not) know (?:how|if i can)|if i get around to it)\b/;
const SUSTAIN_CUES: RegExp[] = [
  new RegExp(`\\bi(?: (?:just|really|definitely|honestly|still))* (?:don't|do not|didn't|won't|will not|can't|cannot|couldn't|wouldn't)(?: (?:really|even|just|actually|still))* (?:want|wanna|need|think (?:(?:at the moment|right now|that|now) )?i(?:'m| am)? (?:can|could|need|should|have|want|(?:going to|gonna|will|would) be able)|see (?:why|the point|myself|a problem|it as|how (?:it's|it is|it would be|i (?:can|could|would)))|plan|intend|be able|care)\\b(?!(?: to)? ${UNWANTED})`),
  /\bi (?:can't|cannot|couldn't) (?:do (?:it|that|this)|stop|quit|change|imagine|see myself|give (?:it|that) up|cut)\b/,
  /\b(?:it's|it is|that's|drinking is|smoking is|it isn't|it's not|its not|it wasn't)(?: (?:really|just|honestly))* (?:not (?:a|that|really a|much of a|that big of a|such a|too) (?:problem|big deal|deal|issue|bad)|no big deal|fine|not that bad|not too bad|not a problem|under control|just (?:fun|social|relaxing))\b/,
  /\bit (?:hasn't|has not|doesn't|does not|didn't) (?:caused?|cause|affect(?:ed)?|hurt|bother(?:ed)?) (?:me|my|any)\b/,
  /\bi(?: just| really| honestly)? (?:don't|do not|didn't|did not) (?:have|had|think (?:that )?i (?:really )?(?:have|had)|see|think (?:it's|it is|it was|there's|there was)) (?:a|any|it as a|that much of a|much of a|that big of a) (?:problem|issue|big deal)\b/,
  /\bi (?:don't|do not) (?:see|think of|consider) (?:it|this|that|my \w+|\w+ing) (?:as )?(?:a |really a |much of a |that much of a )?(?:problem|issue|big deal)\b/,
  /\bi (?:like|enjoy|love|need|want) (?:drinking|smoking|to drink|to smoke|using|getting high|my (?:beer|wine|drinks|cigarettes|smokes|coffee)|the (?:feeling|taste|buzz|high|rush)|that (?:cigarette|drink|beer))\b/,
  /\b(?:it|drinking|smoking|weed|alcohol|a drink|a beer|a cigarette|smoking)(?: (?:just|really|kind of|actually))* (?:helps|relaxes|calms) me\b/,
  /\bi(?:'m| am) not (?:ready|going to (?:stop|quit)|gonna (?:stop|quit)|willing|interested|an alcoholic|addicted|quitting|stopping|(?:sure|certain) (?:i (?:can|want)|if i (?:can|want)))\b/,
  /(?<!\bnot )\b(?:everyone|everybody|all my friends)(?: i know| around me)? (?:does|drinks|smokes|uses|do|drink|smoke)\b/,
  /\bi(?:'m| am) fine\b/,
  /\b(?:no way|not gonna happen|not going to happen)\b/,
  /\bi (?:only|just) (?:drink|smoke|use|have (?:a|one|two|a couple))\b/,
  /\bi (?:don't|do not) (?:really )?(?:think )?(?:i )?(?:drink|smoke|use) (?:that|very|too|so) much\b|\bi(?:'m| am) not (?:a|that) (?:heavy|big|bad|problem) (?:drinker|smoker|user|gambler)\b/,
  /\bwhy (?:would|should) i\b/,
  /\bi(?:'m| am) (?:gonna|going to) keep (?:drinking|smoking|using)\b|\bi(?:'ll| will) keep (?:drinking|smoking|using)\b/,
  /\bi (?:don't|do not) know (?:how|if i can|if i could|if i want)\b/,
  // no time, money or energy for it: the change costs more than the client has
  /\bi(?: (?:just|really|honestly|still))* (?:don't|do not|never) have (?:the |enough |any |much )?(?:time|money|energy)\b|\bi(?:'m| am) (?:just |really |way )?too busy\b|\bbusy schedule\b|\beasier said than done\b/,
  BUT_BARRIER,
  // failed so often that there is no point
  /\bi(?:'ve| have)? tried (?:everything|(?:so many|a (?:hundred|million|thousand)) times)\b/,
  // still wanting the habit
  /\bi(?:'m| am)?(?: (?:still|really|just|always))* (?:crav(?:e|ing)|miss (?:drinking|smoking|using|getting high|my (?:beer|wine|drinks|cigarettes|smokes)))\b|\bi (?:gotta|got to|have to|need to|need) have (?:my|that|a|the) (?:morning )?(?:cup|coffee|drink|beer|cigarette|smoke|glass)\b/,
  // here because someone else wants it
  /\b(?:only|just) here (?:because|'cause|cause)\b|\b(?:forced|made) me (?:to )?(?:come|be here)\b|\bhere (?:because|'cause|cause) (?:my|the) [a-z]+ (?:wants|made|said|told|forced|sent)\b/,
];

// Mobilizing kinds first: when words carry several, the strongest names them.
const KIND_ORDER: readonly ChangeTalkType[] = ['commitment', 'activation', 'taking-steps', 'need', 'desire', 'ability', 'reason'];

// Spoken fillers inside a clause ("I probably need to, uh, go…", "I can certainly, you know, ride a bike", "I
// kind of have to, like, break out of that"): the cues read the clause without them. Only a filler set off
// by commas (or a hesitation sound) goes, so "I like drinking" keeps its verb.
const FILLERS = /,? \b(?:um+|uh+|er+m?|hmm+)\b,?(?= )|, (?:you know|like|i mean|i guess|i think|i suppose|basically|actually|honestly),(?= )/g;

function withoutFillers(text: string): string {
  const t = text.includes(',') || /\b(?:um|uh|er|erm|hmm)/.test(text) ? text.replace(FILLERS, '') : text;
  return t.includes('-') || t.includes('\u2014') ? t.replace(RESTART, '') : t;
}

// A clause the client breaks off and starts again ("I don't wanna- I don't wanna let my kid down", "I-I don't
// want- I don't wanna be too far gone"), its first two words said again: the cues read the restart, not the
// broken-off words.
const RESTART = /\b(i(?:'m|'ve|'d|'ll)? [a-z']+)\b[a-z' ]{0,30}?(?:-+|\u2014) (?=\1\b)/g;

// Someone else's words about the client are not the client's talk ("He told me I had a blood test, and that
// I should start taking this", "my dad feels like I need to gain the weight back"): the cues skip a clause
// a third person says, thinks or wants, up to the sentence's end, a "but" or the client's own "and I …" / "so I'm …". Sustain talk keeps them: "I'm here because my lawyer wants me to" is the
// client's reason for coming. So do the reasons: a cost of the habit someone else saw ("she said she knew I
// had a hangover") is still its cost.
// (Quoting the counselor, "you said I should…", is left alone: a client taking it up is often change talk.)
const REPORTED = /\b(?:he|she|they|my (?:[a-z]+ )?[a-z]+|the (?:doctor|doc|nurse|judge|court|cops?|police|officer|teacher|school|counselor|therapist|pediatrician|dentist)|(?:everyone|everybody|people|doctors?|nurses?)) (?:(?:just|always|really|keeps?|kept|was|is|has|had|have|even|also|actually|all|would|will|still|then|basically) )*(?:said|says|saying|told me|tells me|telling me|think|thinks|thought|feels? like|felt like|believes?|wants? me to|wanted me to|expects? me to|would (?:like|love) me to|insists?|suggested|recommended)\b[^.?!]*?(?=\bbut\b|\b(?:and|so) i(?:'m|'ll|'ve|'d)?\b|[.?!]|$)/g;

/** A client's words without the clauses someone else says, thinks or wants of them. */
export function withoutReportedSpeech(text: string): string {
  return text.replace(REPORTED, ' ');
}

/** The DARN-CAT kind of the strongest change cue in a client's (normalized) words, or null when none fires. */
export function changeCueKind(norm: string): ChangeTalkType | null {
  compileClientCues();
  const text = withoutFillers(destutter(norm));
  const own = withoutReportedSpeech(text);
  // read as clientTalk reads them: statements, and asking how to go about it
  const stated = statementsOf(own);
  const statedAll = statementsOf(text);
  let best = -1;
  for (const [kind, re] of CHANGE_CUES) {
    const rank = KIND_ORDER.indexOf(kind);
    if ((best < 0 || rank < best) && re.test(re === ASKS_HOW ? own : kind === 'reason' ? statedAll : stated)) best = rank;
  }
  return best < 0 ? null : KIND_ORDER[best];
}

/**
 * What came before a client turn: the rules' reading of the client's previous turn (talk runs in streaks)
 * and whether the counselor only said "mm-hmm" since (the client goes on with what they were saying).
 */
export interface ClientContext {
  before: Talk | 'none';
  counselor: CounselorMove;
}

export type CounselorMove = 'none' | 'backchannel' | 'other';

export const NO_CLIENT_CONTEXT: ClientContext = { before: 'none', counselor: 'none' };

/** Whether a counselor turn only keeps the client talking ("Mm-hmm.", "Right. [laughs]", "So—"), or does more. */
export function counselorMove(sentences: readonly CodedSentence[]): CounselorMove {
  const said = sentences.map((s) => s.norm.replace(/\[[^\][]*\]/g, '').replace(/^[-\u2013\u2014 ]+|[-\u2013\u2014 ]+$/g, '').trim()).filter((s) => s && !/^[.,]+$/.test(s));
  if (said.every((s) => FILLER.test(s)) || said.join(' ').split(' ').length <= 2) return 'backchannel';
  return 'other';
}

interface ClientReading {
  rule: Talk;
  change: number;
  sustain: number;
  fired: string[];
}

function readClient(norm: string): ClientReading {
  compileClientCues();
  const text = withoutFillers(destutter(norm));
  const own = withoutReportedSpeech(text);
  const fired: string[] = [];
  // a client asking ("Do I have to?") or putting it up for agreement ("…, you know?") states no change: the
  // change cues read the statements, except the one that hears asking how to go about it
  const stated = statementsOf(own);
  const statedAll = statementsOf(text);
  SUSTAIN_CUES.forEach((re, i) => re.test(text) && fired.push(`s${i}`));
  CHANGE_CUES.forEach(([kind, re], i) => re.test(re === ASKS_HOW ? own : kind === 'reason' ? statedAll : stated) && fired.push(`c${i}`));
  const sustain = fired.filter((c) => c[0] === 's').length;
  const change = fired.length - sustain;
  return { rule: change > sustain ? 'change' : sustain > change ? 'sustain' : 'neutral', change, sustain, fired };
}

/** Change talk, sustain talk or neither, for a client turn (with what came before it, when it is a turn of a dialogue). */
export function clientTalk(norm: string, ctx: ClientContext = NO_CLIENT_CONTEXT): Talk {
  return codeClientTurn(norm, ctx).talk;
}

/** A client turn's talk, and the rules' own reading of it (what the next client turn reads as `before`). */
export function codeClientTurn(norm: string, ctx: ClientContext = NO_CLIENT_CONTEXT): { talk: Talk; rule: Talk } {
  const reading = readClient(norm);
  const cueRule = reading.rule;
  const rule: Talk = cueRule === 'neutral' && goesOn(norm, ctx) ? 'change' : cueRule;
  if (featureSink) {
    featureSink('client', clientFeatures(norm, rule, reading));
    return { talk: rule, rule: cueRule };
  }
  // Sustain talk is the rules' call (its cues are specific, and the learned head, trained to find change
  // talk, hears the same topic words in both), and so is the change talk they hear: letting the head veto
  // it lost more than it saved (12 random halvings: 0.506 against 0.515). The head finds change talk among
  // the turns the cues leave neutral.
  const model = coderModel();
  if (!model || rule !== 'neutral') return { talk: rule, rule: cueRule };
  return { talk: model.isChangeTalk(clientFeatures(norm, rule, reading)) ? 'change' : 'neutral', rule: cueRule };
}

/**
 * A client going on after the counselor's "mm-hmm" with more than a word or two continues the change talk of
 * their previous turn: dev, cue-neutral turns so placed, 15 of 47 are change talk (0.32; 0.35 / 0.25 on the
 * two halves), against 0.10 for cue-neutral turns overall; short answers ("Yeah.") 1 of 11.
 */
function goesOn(norm: string, ctx: ClientContext): boolean {
  return ctx.before === 'change' && ctx.counselor === 'backchannel' && norm.split(' ').length > 4;
}

/** For scripts/train-coder.ts's error listing: a fired cue's name (`c3`, `s7`) with its DARN-CAT kind or "sustain". */
export function clientCueName(fired: string): string {
  return fired[0] === 'c' ? `${fired}:${CHANGE_CUES[Number(fired.slice(1))]?.[0] ?? '?'}` : `${fired}:sustain`;
}

// Every turn runs these: compiled at once instead of interpreted first (regex-warm.ts).
const compileCounselorCues = compileOnFirstUse(() => [
  UNMARKED_QUESTION, INVITATION, ASKS_LEAVE, PROPOSAL, CUT_WH, BACKCHANNEL_QUESTION, TAG_QUESTION, OPEN_START, CLOSED_WH, SCALE, SCALE_FOLLOW_UP, OPEN_AFTER_LEAD, CUT_OFF,
  REFLECTION_STEM, FEELING_OR_MEANING, AFFIRM, COLLABORATION, INFORMATION, ADVICE_FORM, FILLER, CLIENT_AS_SUBJECT, SO_SUMMARY, IT_ABOUT_CLIENT,
  IT_FEELING, AUTONOMY,
]);
const compileClientCues = compileOnFirstUse(() => [...SUSTAIN_CUES, ...CHANGE_CUES.map(([, re]) => re)]);
