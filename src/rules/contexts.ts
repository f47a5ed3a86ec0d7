// MI-consistent contexts: what makes a directive-looking phrase fine. Each is a small pure test over the
// sentence and its turn. Rules name the ones that apply to them in `unless`.

import type { ContextName } from './types';
import { compileOnFirstUse } from '../core/regex-warm';
import { informalSource } from './pattern';

export interface TurnFacts {
  /** The whole turn (or paragraph), normalized, quotes blanked. */
  norm: string;
  /** The previous counselor turn asked permission and the client did not decline, or the client asked for advice. */
  permissionGranted: boolean;
  /** The turn speaks to someone ("you", "your"). */
  addressed: boolean;
  /** An author paragraph written about the client in the third person (a clinical note). */
  thirdPerson: boolean;
  /** A labelled counselor turn (speech), as opposed to the author's own writing. */
  spoken?: boolean;
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

// The client is the one who feels, thinks, said or wants it: a reflection, not advice. "you know" is left out
// on purpose: in speech it is a filler ("and, you know, you need to quit"), not a frame.
const REFLECTION_FRAME_SOURCE = [
  "\\byou(?:'re| are|'ve| have)?(?: (?:really|just|kind of|sort of|also|still|now|even|already|never|always|been|starting to|beginning to|don't|do not|didn't|did not)){0,2} (?:feel|feels|feeling|felt|think|thinking|thought|believe|believing|wonder|wondering|worry|worrying|worried|said|saying|say|told|tell yourself|telling yourself|mentioned|realize|realized|realizing|found|noticed|discovered|learned|sense|sensing|decided|wish|want|wanted|mean|meant|guess|figure|figured|hope|hoping|expect|expected|afraid|scared|concerned|convinced|unsure|not sure|struggling|keep telling)\\b",
  '\\bpart of you\\b',
  // a state described, not a charge: "Feeling like it's your fault for not leaving sooner is common"
  '^(?:and |but |so )?feeling (?:like|that|as if|as though)\\b',
  // "it makes sense that you need a break", "no wonder you're tired": the client's state, understood
  '\\b(?:it )?makes (?:total |complete |a lot of )?sense (?:that|why)\\b',
  '\\bno wonder\\b',
  '\\bsome of you\\b',
  '\\b(?:it )?sounds? (?:like|as if|as though)\\b',
  // ("it feels like the only way you can stay safe is…" too; "I feel like you need to…" stays the speaker's view)
  '\\b(?:(?:it )?seems?|it feels) (?:like|that|as if|as though)\\b',
  '\\b(?:it )?looks? like\\b',
  '\\bi hear(?:d)? (?:you|that)\\b',
  '\\bi\'m hearing\\b',
  '\\bon (?:the )?one hand\\b',
  '\\b(?:the )?other hand\\b',
  '\\bin your (?:mind|view|eyes|words)\\b',
  '\\byour (?:sense|feeling|belief|worry|fear|thought|idea) (?:is )?(?:that|is)\\b',
  '\\bfor you,',
  '\\byou\'re (?:saying|telling me|thinking|feeling|wondering)\\b',
  // reported speech: someone else told the client so ("you've been told that you have to…")
  '\\b(?:doctor|doctors|dr|nurse|therapist|counselor|teacher|sponsor|caseworker|case manager|social worker|lawyer|pastor|coach|pharmacist|wife|husband|partner|family|boss|mom|dad|mother|father|sister|brother|friend|court|judge|probation officer|po|parole officer|officer|supervisor|manager|landlord|psychiatrist|physician|provider|girlfriend|boyfriend|son|daughter|parents|grandma|grandmother|aunt|uncle|roommate|they|he|she|people|everyone|someone|everybody|friends|kids) (?:says?|said|told you|thinks?|thought|feels?|felt|wants?|wanted|(?:is|are|was|were|keeps?|kept) (?:saying|telling you)) ',
  '\\b(?:be|been|being|was|were|get|got|getting) told(?: that)? ',
  "(?<!\\bi )\\b(?:saying|says|said|told you) that ",
  // "he keeps saying you have to sign first": someone else's demand, reported — not the writer's
  "(?<!\\b(?:i|i'm|i am|i was|i keep|we|we're) )\\b(?:saying|says|said|told you|telling you|insists|insisting) (?=you\\b)",
  // "it doesn't mean that you have to change them": the obligation is denied, not imposed
  "\\b(?:doesn't|does not|won't|will not|don't|do not) (?:necessarily )?mean (?:that )?",
].join('|');
// (every cue here also reads informal spelling: "u feel like", "its ur call", "would u like" — see informalSource)
const REFLECTION_FRAME = new RegExp(informalSource(REFLECTION_FRAME_SOURCE), 'g');

// A frame after "if" or "when" starts a condition: what follows in the same clause is conditional too ("if
// you feel like you need to talk, call me"), but after its comma comes the main clause ("if you want
// results, you need to start"). A frame inside a relative clause ("the results that you want") is no frame.
const FRAME_IN_CONDITION = /\b(?:if|when|whenever|unless|once|until)\s*$/;
// ("that" after a verb of saying or knowing opens a complement, whose frame counts: "it makes sense that you feel…";
// a sentence's first "that" is a demonstrative: "that doesn't mean you have to…")
const FRAME_IN_RELATIVE = /\b(?:what|whatever|which)\s*$|\bthat(?<=[a-z]\s+that)(?<!\b(?:and|but|or|so|because|sense|sounds?|seems?|understand|hear|heard|know|clear|obvious|true|see|mean|guess|gather|realize|notice|noticed|appreciate|said|saying|mentioned|me|is|was)\s+that)\s*$/;
const REPORTED = /\b(?:told|said|says|saying|telling|insists|insisting)\b/;

// A frame reaches the words after it within its own clause only: not across "but", a semicolon or a
// sentence break, and not further than a dozen words.
const CLAUSE_BREAK = /;|\bbut\b|\. |\bhowever\b/;

/** Whether a reflection frame ("you feel like", "it sounds like", "part of you") governs the text that ends `before`. */
export function reflectionFrameBefore(before: string): boolean {
  compileContextCues();
  REFLECTION_FRAME.lastIndex = 0;
  let end = -1;
  for (let m = REFLECTION_FRAME.exec(before); m; m = REFLECTION_FRAME.exec(before)) {
    if (m[0].length === 0) REFLECTION_FRAME.lastIndex++;
    const lead = before.slice(0, m.index);
    // (someone's words stay theirs inside a relative clause: "all the things she told you you're going to need to do")
    if (FRAME_IN_RELATIVE.test(lead) && !REPORTED.test(m[0])) continue;
    if (FRAME_IN_CONDITION.test(lead)) {
      if (!/[,;]/.test(before.slice(m.index))) return true;
      continue;
    }
    end = m.index + m[0].length;
  }
  if (end < 0) return false;
  const gap = before.slice(end);
  return !CLAUSE_BREAK.test(gap) && gap.split(/\s+/).filter(Boolean).length <= 12;
}

// Words given back with their speaker after them: "Just quit, your doctor says", "Rinse, repeat: that's how you
// described it" — someone's words reported, not the writer's instruction.
const ATTRIBUTED_AFTER = new RegExp(informalSource(
  "^[^.!?]*?[,:;\u2014-] +(?:(?:that's|that is|this is) )?(?:what|how) (?:you|he|she|they|your [a-z]+) (?:said|say|says|described|describe|put it|called it|call it|told you|keep saying)\\b|^[^.!?]*?, +(?:you|he|she|they|your [a-z]+) (?:said|say|says|told you|keeps? saying|tells? you)(?: [a-z]+)?(?:[,;]|[.!?\"']*$)",
));

// A circumstance joined to the client's own state is a double-sided reflection: "You're expected at every session,
// and you're worried about your job", "you have to do 40 hours, but you're not sure when".
const STATE_AFTER = new RegExp(informalSource(
  "^[^.!?;]*?, +(?:and|but|yet|while|so) +you(?:'re| are)? (?:really |also |still |just )?(?:worried|not sure|unsure|afraid|scared|wondering|feel|feeling|torn|frustrated|dreading|struggling|concerned|nervous|anxious|overwhelmed|stuck|tired of|sick of|angry|resentful|fed up)\\b",
));

// A statement with a tag ("…every day, okay?", "…by Friday, right?") asks for agreement, not for the
// client's view: what comes before the tag is said as a statement.
const TAG_QUESTION = /, +(?:okay|ok|alright|all right|right|yeah|yes|deal|got it|understood|agreed|understand|sound good|sounds good)\?["')\]]*$/;

// Urgency in the same clause as the advice ("…asap", "…right now"): the writer's push, not the client's state.
const URGENT_AFTER = /^[^,;.!?]*\b(?:asap|a\.s\.a\.p|right away|immediately|straight away|at once|today if you can)\b/;
const GUESS_FRAME = /\b(?:sounds?|seems?|looks?) (?:like|as if|as though)\b/;
const CLIENT_FRAME = new RegExp(informalSource("\\byou(?:'re| are)? (?:feel|feeling|think|thinking|believe|want|said|say|wish|worry|worried|realize|mean)\\b"));

const OPEN_QUESTION_START = /^(?:(?:so|and|but|well|ok|okay|now),? )?(?:what|how|where|when|which|who|whose|in what way|to what extent|tell me|help me understand)\b/;

// Asking permission, or answering a request for advice, earlier in the same turn.
const PERMISSION = new RegExp(informalSource(
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
    // written forms: "if you don't mind me suggesting", "if I may suggest", "I hope you don't mind my saying"
    "\\bif you (?:don't|do not) mind (?:me|my) (?:saying|suggesting|sharing|offering|asking)\\b",
    "\\b(?:i hope|hopefully) you (?:don't|do not) mind (?:me|my)\\b",
    "\\bif i (?:may|might|could) (?:suggest|offer|add|share)\\b",
  ].join('|'),
));

// Putting the choice with the client, anywhere in the turn.
export const AUTONOMY = new RegExp(informalSource(
  [
    "\\bup to you\\b",
    // "your life" alone is any sentence about the client ("everything in your life"): only "it's your life"
    "\\byour (?:choice|decision|call)\\b",
    "\\b(?:it's|it is|that's|that is) (?:still |entirely |totally |ultimately )?your (?:life|body)\\b",
    "\\b(?:at|on) your own (?:pace|terms)\\b|\\bat your pace\\b",
    // "you're the only one who can decide", "you're in control of this" — not "you are in control of the bills"
    "\\byou(?:'re| are) (?:the expert|in charge)\\b",
    "\\byou(?:'re| are) (?:the one|the only one|the only person) who (?:can |gets to |will )?(?:decide|decides|choose|chooses|knows?|makes? (?:the|that|this) (?:call|choice|decision))\\b",
    "\\byou(?:'re| are) in control(?: of (?:this|that|it|your (?:own )?(?:life|choices?|decisions?|recovery|treatment|body|drinking|use)))?(?=[.,;!?]|$| and | but | here)",
    "\\b(?:only )?you (?:can )?(?:decide|get to decide|choose|get to choose|know (?:yourself|best|what's best|what is best|what works|your (?:own )?(?:body|life|needs|limits|mind) best))\\b",
    "\\bwhatever you (?:decide|choose|think|want)\\b",
    // "if you want, …", "if you'd like to…" — but not "if you want results, you need to…"
    "\\bif (?:and when )?you (?:want|choose|decide|wish|'d like|would like)(?:,|$| to\\b| me\\b)",
    "\\bif (?:and when )?you (?:feel ready|'re ready|are ready)\\b",
    "\\bwhen(?:ever)? you(?:'re| are) ready\\b",
    "\\bno pressure\\b",
    // an offer left to the client's interest: "…, if you're interested", "if that works for you"
    "\\bif (?:you(?:'re| are) (?:interested|open to (?:it|that|this)|up for (?:it|that))|(?:that|it) (?:works|sounds good|feels right) (?:for|to) you)(?= *(?:[.,;!?]|$))",
    "\\b(?:what|whatever|wherever|whenever|however|whichever) (?:feels|seems|sounds) (?:right|best|doable|good|manageable) (?:to|for) you\\b",
    // the option of doing nothing named: "start wherever you like, or not at all", "how much to cut, if at all"
    "\\bor not at all\\b|, if at all\\b",
    "\\bit(?:'s| is) (?:entirely |totally |completely |really )?(?:up to you|your (?:choice|call|decision))\\b",
    "\\byou don't have to\\b",
    "\\bin your own (?:time|way)\\b",
    // "take what fits and leave the rest", "just a thought", "for what it's worth": offered, not prescribed
    "\\btake (?:it|what (?:you need|works|fits|helps)|what's useful) (?:or leave it|and leave the rest)\\b",
    "\\bjust (?:a thought|an idea|a suggestion)\\b",
    // an offer the client may turn down: "tell me if it doesn't fit", "let me know if none of this applies"
    "\\b(?:tell|let) me (?:know )?if (?:it|this|that|any of (?:it|this|that)) (?:doesn't|does not|isn't|is not|won't|wouldn't) (?:fit|work|feel right|sound right|make sense|apply|help)\\b|\\b(?:tell|let) me (?:know )?if none of (?:it|this|that) (?:fits|applies|helps)\\b",
    "\\bfor what it(?:'s| is) worth\\b",
  ].join('|'),
));

// Imperatives that a clinician writes to themselves in a note ("Continue current dose", "Follow up in 2 weeks").
const CLINICIAN_TASK = /^(?:(?:so|and|also|then|please|will),? )*(?:continue|follow|f\/u|monitor|refer|schedule|obtain|check|review|reassess|assess|consider|titrate|start(?! [a-z]+ing\b)|restart|increase|decrease|discontinue|d\/c|recommend|encourage|provide|rtc|return|repeat|order|draw|send|coordinate|contact|discuss|educate|complete|document|update|administer|prescribe|hold|taper|re-?evaluate|evaluate|screen|test|verify|confirm|call(?! (?:a|an|your|[0-9]{3})\b)|see(?! (?:a|an|your) )|plan|rule out|r\/o|will|reviewed|discussed|continued|re-?check|re-?start|re-?assess|weigh|record|reinforce|counsel|instruct|notify|observe|admit|transfer|discharge|consult|wean|initiate|arrange|assist|ambulate|auscultate|facilitate|implement|elicit|dispense|infuse|inject|re-?order|re-?refer|re-?educate|trend|re-?orient|re-?position|triage|pre-?medicate|medicate|splint|suction|irrigate|intubate|extubate)\b/;

// A nursing task whose object is a care item, not the reader's own life: "Offer fluids q2h", "Maintain NPO",
// "Keep on seizure precautions", "Elevate HOB" ("Offer to help your mom", "Maintain your sobriety" speak to a reader).
const CARE_ITEM = '(?:(?:po |iv |oral )?fluids|npo|iv(?: access)?|snacks?|meals? trays?|(?:flu |covid |hep [ab] |pneumococcal )?(?:vaccines?|vaccinations?|shots?)|prn|hob|head of bed|[a-z]+ precautions|precautions|1:1|(?:q?[0-9]+ ?min )?(?:observation|checks|obs)|o2|oxygen|ice chips|incentive spirometry|sitter)';
const CARE_TASK = new RegExp(`^(?:(?:so|and|also|then|please|will),? )*(?:offer|push|maintain|elevate|keep on|keep|place on|continue on|remain on)(?: (?:pt|patient|client|resident))?(?: on)? ${CARE_ITEM}\\b`);

// A plan item in the clinician's shorthand, whatever its verb: a dose or a route ("Resume naltrexone 50 mg daily",
// "Give 4 mg IV"), an authority ("per protocol", "per plan", "per Dr. Lee"), or the terms of an order ("as
// tolerated", "PRN", "prior to", "pending"). Advice to a client does not come with these.
const PLAN_TERMS = /\b[0-9]+(?:\.[0-9]+)? ?(?:mg|mcg|g|ml|mls|units?|tabs?|caps?|puffs?|gtts?)\b|\b(?:q[0-9]+h|q ?[0-9]+ ?(?:hours|hrs)|qhs|qam|qpm|qd|bid|tid|qid|po|sl|im|iv|prn|hs)\b|\bper (?:protocol|plan|policy|orders?|order set|md|np|pa|provider|prescriber|pharmacy|psychiatry|guidelines?|(?:the )?(?:tx |treatment |care )?plan|(?:dr|doctor) [a-z]+|[a-z]+ (?:medicine|team|service))\b|\bas (?:tolerated|ordered|indicated|prescribed|needed)\b|\bprior to\b|\bpending\b/;

// What marks an unaddressed instruction as the reader's, whatever its verb: a wait for the next talk ("until we
// talk again"), the client's own doubt met ("even if you feel better"), strictness ("exactly as written"),
// courtesy or an exclamation ("please", "!"), an activity of the client's as the object ("Consider switching to
// decaf", "Continue taking it"), a hotline to dial ("Call 211") or the client's daily place ("Return to work").
// A chart's plan item has none of these: "Continue current dose", "Return to clinic in 2 weeks", "Call PCP".
const CLIENT_MARK = /\b(?:until|till) (?:we|you|i|then|next time)\b|\beven (?:if|when|though)\b|\bexactly\b|!|\bplease\b|\bwe (?:talk|meet|speak|chat|see each other)\b|\b(?:call|text|dial) [0-9]{3}\b|\b(?:return|go back|get back|head back) to (?:work|school|college|the gym|your job|church)\b/;

// The heading of the rules a group or a household keeps ("Group rules:", "Rule for this group:", "The deal:").
const RULE_FIELD = /^(?:(?:(?:ok|okay|so|alright|all right|now|and) )*(?:here is|this is|these are|here are) (?:the|my|our) )?(?:(?:group|house|household|ground|family|program|class|session|new|our|the|my) )?(?:rules?|deal|norms|expectations|agreements?)(?: (?:for|of|in) (?:(?:this|the|our|my) )?[a-z]+)?$/;
const RULE_FRAME = /^(?:(?:ok|okay|so|alright|all right|now|and),? )*(?:here's|here is|this is|these are) (?:the|my|our) (?:deal|rule|rules|new rule|new rules|house rules?|ground rules?|plan)[,:;] /;

// An activity of the client's as the instruction's object: "Consider switching to decaf", "Hold off on texting
// her", "Continue taking it" — not a clinician's own act ("Consider titrating sertraline", "Hold off on imaging").
const ACTIVITY_OBJECT = /^(?:(?:so|and|also|then|just),? )*(?:consider|continue|restart|resume|start|stop|keep|avoid|try|hold off on|hold off) ([a-z]{2,})ing\b/;
const CLINICAL_ING = /^(?:imag|test|screen|dos|monitor|counsel|nurs|feed|bath|suction|chart|staff|bedd|padd|train|schedul|bill|bleed|swell|draw|trend|work-?up)$/;
function clientActivity(norm: string): boolean {
  const m = ACTIVITY_OBJECT.exec(norm);
  if (!m || CLINICAL_ING.test(m[1])) return false;
  // the clinician's own verb as the gerund ("Consider holding metformin", "Consider increasing the dose")
  const stem = m[1];
  const bases = [stem, stem + 'e', /(.)\1$/.test(stem) ? stem.slice(0, -1) : stem];
  return !bases.some((b) => CLINICIAN_TASK.test(b) || /^(?:add|adjust)$/.test(b));
}

// A third-person paragraph is a note when it names whom it is about the way notes do; "he" and "her" alone are
// as often a reply about someone in the reader's life ("Don't text her back. It might help to talk to him.").
const NOTE_SUBJECT = /\b(?:client|clients|client's|pt|pt's|patient|patients|patient's|mr|mrs|ms|member|resident|writer|clinician|counselor|therapist|staff|cl)\b/;
// A note fragment without its subject: "States she is in 10/10 pain but…", "Her \"seizures\" stopped…".
const NOTE_FRAGMENT = /^(?:states|stated|says|said|reports|reported|rates|rated|endorses|endorsed|denies|denied|complains|complained|c\/o|her|his)\b/;

// Conditional or relative "you need to …": not an instruction.
const CONDITIONAL_BEFORE = /(?:\b(?:if|when|whenever|whether|unless|in case|until|once|what|whatever|anything|everything|something|things|all|where|how|why|who)(?: (?:ever|else))?(?: that)?|\b(?:how (?:much|many|often|long)|what kind of|which)(?: [a-z']+){0,2}|\b(?:the|some|any|more|enough|whatever) (?:help|support|time|space|tools|resources|information|skills|care|answers|courage|strength|energy|people|person|things?)(?: that)?|\b(?:feelings|emotions|thoughts|memories|steps|changes|issues|areas|parts|skills|tools|things|people|questions) that|\bwhether or not)\s*$/;

// Clinical-sense checks are rule-specific; they live next to the rule as `unless: ['clinical-sense']` and are
// implemented by the rule's pattern (negative context) — listed here so the name is valid.

export function holds(name: ContextName, f: SentenceFacts): boolean {
  const before = f.norm.slice(0, f.start);
  switch (name) {
    case 'reflection-frame':
      // the writer's guess with the writer's urgency is no reflection: "sounds like u need to get out of there asap"
      // ("you feel like you have to fix it right away" is the client's own urgency, reflected)
      {
        const from = f.norm.slice(f.start);
        if (URGENT_AFTER.test(from) && GUESS_FRAME.test(before) && !CLIENT_FRAME.test(before)) return false;
        const startsWithYou = /^you\b/.test(from);
        const after = f.norm.slice(f.end);
        // (the match's own first "you" goes along, for "she told you [you're going to need to…]")
        if (reflectionFrameBefore(startsWithYou ? before + 'you' : before)) return true;
        // "So you have to work nights…": a summary of what the client said
        return (startsWithYou && /^(?:and )?so,? $/.test(before)) || ATTRIBUTED_AFTER.test(after) || STATE_AFTER.test(after);
      }
    case 'open-question':
      return f.isQuestion && !TAG_QUESTION.test(f.norm) && OPEN_QUESTION_START.test(f.norm);
    case 'question':
      return f.isQuestion && !TAG_QUESTION.test(f.norm);
    case 'permission':
      return f.turn.permissionGranted || firstPermissionEnd(f.turn) <= turnOffsetOf(f);
    case 'autonomy':
      return autonomyNear(f);
    case 'conditional':
      return CONDITIONAL_BEFORE.test(before.replace(/ you(?:'re| are)? *$/, '').replace(/(?<! ) +$/, ''));
    case 'not-addressed':
      // Unaddressed text is a note unless it tells someone to do something a client would do: "Follow up in
      // two weeks" is the clinician's task, "Never skip a dose" speaks to a reader.
      // (a task covers its own clause: after it, "and don't skip doses" speaks to a reader again)
      {
        if (f.turn.addressed) return false;
        const task = /(?:,| and| but) $/.test(before) ? f.norm.slice(f.start) : f.norm;
        if (CLIENT_MARK.test(f.norm) || clientActivity(f.norm)) return false;
        return CLINICIAN_TASK.test(task) || CARE_TASK.test(task) || PLAN_TERMS.test(f.norm);
      }
    case 'third-person-note':
      return (f.turn.thirdPerson && NOTE_SUBJECT.test(f.turn.norm)) || (f.field !== null && /^(?:p|plan|plans|intervention|interventions|i|goal|goals|recommendation|recommendations|recs|next steps?|homework|tx plan|treatment plan|follow[ -]?up|f\/u|objectives?|obj|short[ -]term goals?|long[ -]term goals?|stg|ltg|a\/p|assessment(?: and |\/)plan|orders?|nursing(?: orders| interventions)?|wound care|dispo|disposition)$/.test(f.field));
    case 'not-a-note':
      // prose, a letter or a reply rather than a note about the client: for note-only readings (scare quotes)
      // (a fragment opened by the client's verb is a note even when it names nobody: "Complains of 10/10 pain while…")
      return !((f.turn.thirdPerson && NOTE_SUBJECT.test(f.turn.norm)) || (!f.turn.addressed && !f.turn.spoken && NOTE_FRAGMENT.test(f.turn.norm)));
    case 'not-a-rule-heading':
      // a sentence under a rule's heading is the rule ("Group rule: no phones", "Here's the deal: no phone after 10")
      return !(f.field !== null && RULE_FIELD.test(f.field)) && !RULE_FRAME.test(f.norm);
    case 'addressed':
      // the text speaks to someone ("you"): a judgment in it is about a third party, not the client of a note
      return f.turn.addressed;
    case 'clinical-sense':
      return false;
  }
}

// The sentence's position in its turn is not tracked here; permission anywhere earlier in the turn or in
// the same sentence before the match counts. Searching the whole turn up to this sentence's text is a
// close, cheap approximation.
function turnOffsetOf(f: SentenceFacts): number {
  // Sentences come in order, so the search starts where the last one was found: linear over the turn.
  const from = sentenceCursor.get(f.turn) ?? 0;
  let at = f.turn.norm.indexOf(f.norm, from);
  if (at < 0 && from > 0) at = f.turn.norm.indexOf(f.norm);
  if (at >= 0) sentenceCursor.set(f.turn, at);
  return at < 0 ? f.turn.norm.length : at + f.start;
}

// What is true of a whole turn is worked out once per turn, not once per finding: a turn can be a pasted
// megabyte with a finding in every sentence, and scanning it again for each one costs O(n²).
const sentenceCursor = new WeakMap<TurnFacts, number>();
const autonomyOfTurn = new WeakMap<TurnFacts, Array<[number, number]>>();
const permissionEndOfTurn = new WeakMap<TurnFacts, number>();

// Autonomy support reaches the advice around it, not a whole letter: in a spoken turn it covers everything
// said, but in writing only the sentences next to it — a "you don't have to" in a long answer's first
// paragraph does not soften an instruction ten sentences on.
const AUTONOMY_REACH_SPOKEN = 600;
const AUTONOMY_REACH_WRITTEN = 250;
const AUTONOMY_ALL = new RegExp(AUTONOMY.source, 'g');

function autonomyNear(f: SentenceFacts): boolean {
  const spots = autonomySpots(f.turn);
  if (!spots.length) return false;
  const at = turnOffsetOf(f);
  const reach = f.turn.spoken ? AUTONOMY_REACH_SPOKEN : AUTONOMY_REACH_WRITTEN;
  return spots.some(([s, e]) => e >= at - reach && s <= at + reach);
}

// "if you want to keep your feet" next to "you have to" names the goal the order serves, not a choice the
// client is given: with an obligation in the same sentence, a wish with its verb is no autonomy support.
const GOAL_CONDITION = /^if (?:and when )?you (?:want|wish|'d like|would like) to [a-z]/;
const OBLIGATION = /\byou(?:'ve|'d| have| had)? (?:really |just |still |absolutely |definitely )?(?:have to|has to|need to|must|should|ought to|got to|gotta|better)\b|\b(?:it's|it is) (?:important|essential|crucial|necessary|vital|critical|imperative)\b/;

/** Where the turn supports autonomy: [start, end) of each phrase, found once per turn. */
function autonomySpots(turn: TurnFacts): Array<[number, number]> {
  let v = autonomyOfTurn.get(turn);
  if (v === undefined) {
    v = [];
    AUTONOMY_ALL.lastIndex = 0;
    for (let m = AUTONOMY_ALL.exec(turn.norm); m; m = AUTONOMY_ALL.exec(turn.norm)) {
      if (m[0].length === 0) AUTONOMY_ALL.lastIndex++;
      if (GOAL_CONDITION.test(turn.norm.slice(m.index, m.index + m[0].length + 2)) && OBLIGATION.test(sentenceAround(turn.norm, m.index))) continue;
      v.push([m.index, m.index + m[0].length]);
    }
    autonomyOfTurn.set(turn, v);
  }
  return v;
}

/** The sentence of `text` that holds offset `at` (split at . ! ? followed by a space). */
function sentenceAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('! ', at), text.lastIndexOf('? ', at)) + 1;
  const ends = ['. ', '! ', '? '].map((p) => text.indexOf(p, at)).filter((i) => i >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) + 1 : text.length);
}

/** Where the turn's first request for permission ends (Infinity: none). */
function firstPermissionEnd(turn: TurnFacts): number {
  let v = permissionEndOfTurn.get(turn);
  if (v === undefined) {
    const m = PERMISSION.exec(turn.norm);
    permissionEndOfTurn.set(turn, (v = m ? m.index + m[0].length : Infinity));
  }
  return v;
}

export function isPermissionAsk(norm: string): boolean {
  compileContextCues();
  return PERMISSION.test(norm);
}

// Most sentences run these: compiled at once instead of interpreted first (src/core/regex-warm.ts).
const compileContextCues = compileOnFirstUse(() => [REFLECTION_FRAME, FRAME_IN_CONDITION, FRAME_IN_RELATIVE, CLAUSE_BREAK, PERMISSION]);
