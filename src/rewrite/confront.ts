// Confront → curious. Blame becomes a question about what got in the way, an absolute becomes a reflection
// of the pattern, a label becomes a description of what is going on, a moral appeal becomes a question
// about what matters to the client. The counselor's own words (the action, its object) are kept.

import { replaceSentence } from './directive';
import { frameOf } from './text';
import type { FixContext, ProposedFix } from './types';
import { baseForm, gerund, pastTense } from './verbs';

interface Body {
  /** The sentence's words without brackets and final punctuation, original casing. */
  text: string;
  /** The same, normalized (lower case, straight quotes); same length. */
  norm: string;
}

function bodyOf(ctx: FixContext): Body {
  const sentence = ctx.text.slice(ctx.sentenceStart, ctx.sentenceEnd);
  const f = frameOf(sentence);
  return { text: f.body, norm: ctx.norm.slice(f.open.length, f.open.length + f.body.length) };
}

/** Text of `b` from offset `at` to the end of its clause (a comma, dash or semicolon ends it). */
function clauseFrom(b: Body, at: number): string {
  const rest = b.text.slice(at);
  const end = /(?<!\s)\s*(?:[,;:]|\s[\u2014\u2013-]\s|\u2014)/.exec(rest);
  return (end ? rest.slice(0, end.index) : rest).trim();
}

const SOFT_WORDS = /^(?:just|even|ever|really|actually|seriously|again|still)\s+/i;

/** "call me again" → { verb: "call", rest: "me again" } from the clause after an auxiliary. */
function verbAndRest(clause: string): { verb: string; rest: string } | null {
  const c = clause.replace(SOFT_WORDS, '').replace(SOFT_WORDS, '');
  const m = /^([A-Za-z]+(?:['\u2019][a-z]+)?)\b\s*(.*)$/.exec(c);
  if (!m) return null;
  return { verb: m[1].toLowerCase(), rest: m[2] };
}

function join(...parts: string[]): string {
  return parts.filter(Boolean).join(' ');
}

const PAST_NEG = /^(?:didn't|did not|haven't|have not|hadn't|had not|wouldn't|would not|couldn't|could not|weren't|were not|wasn't|was not|hasn't|has not|never)$/;
const BE_NEG = /^(?:weren't|were not|wasn't|was not|aren't|are not|isn't|is not)$/;
const PERFECT = /^(?:haven't|have not|hadn't|had not|hasn't|has not)$/;

/** "Why didn't you call me?" → "What got in the way of calling me?"; "Why did you skip group?" → "What was happening for you when you skipped group?" */
export function whyToCurious(ctx: FixContext): ProposedFix {
  const b = bodyOf(ctx);
  const norm = b.norm.replace(/\bon earth\s+/, (m) => ' '.repeat(m.length));
  const neg = /\bwhy\s+(?:(didn't|did not|haven't|have not|hadn't|had not|wouldn't|would not|couldn't|could not|weren't|were not|wasn't|was not|won't|will not|can't|cannot|aren't|are not|isn't|is not|hasn't|has not|don't|do not)\s+you|you\s+(didn't|did not|won't|will not|haven't|have not|wouldn't|couldn't|can't|cannot|never|don't))\s+/.exec(norm);
  if (neg) {
    const aux = (neg[1] ?? neg[2]).replace(/\s+/g, ' ');
    const clause = clauseFrom(b, neg.index + neg[0].length);
    const vr = verbAndRest(clause);
    if (vr) {
      const past = PAST_NEG.test(aux);
      let action: string;
      if (BE_NEG.test(aux)) action = /ing$/.test(vr.verb) ? join(vr.verb, vr.rest) : join('being', vr.verb, vr.rest);
      else action = join(gerund(PERFECT.test(aux) ? baseForm(vr.verb) : vr.verb), vr.rest);
      return replaceSentence(ctx, `What ${past ? 'got' : 'gets'} in the way of ${action}?`, 'Ask what got in the way: "%s"');
    }
  }
  const why = /\bwhy\s+(would|did|do|does)\s+you\s+/.exec(norm);
  if (why) {
    // the judgment of the act goes: "do something so stupid" → "did that"
    const vr = verbAndRest(clauseFrom(b, why.index + why[0].length).replace(/\b(?:something|anything|that|this) (?:so|that) \w+$/i, 'that'));
    if (vr) {
      const q = why[1] === 'do' || why[1] === 'does'
        ? `What's happening for you when you ${join(vr.verb, vr.rest)}?`
        : `What was happening for you when you ${join(pastTense(vr.verb), vr.rest)}?`;
      return replaceSentence(ctx, q, 'Ask with curiosity: "%s"');
    }
  }
  return replaceSentence(ctx, 'What was going through your mind at the time?', 'Ask with curiosity: "%s"');
}

/** "You should have called me." → "What got in the way of calling me?"; "You shouldn't have gone." → "What was happening for you when you went?" */
export function shouldHaveToCurious(ctx: FixContext): ProposedFix {
  const b = bodyOf(ctx);
  const m = /\byou\s+(?:(?:really|just|definitely|honestly|clearly|obviously)\s+)*(should have|should've|ought to have|oughta have|shouldn't have|should not have|shouldn't've)\s+(?:(?:really|just|definitely|at least|also)\s+)*/.exec(b.norm);
  const vr = m && verbAndRest(clauseFrom(b, m.index + m[0].length));
  if (!m || !vr) return curiousQuestion(ctx);
  const base = baseForm(vr.verb);
  const q = /n't|not/.test(m[1])
    ? `What was happening for you when you ${join(pastTense(base), vr.rest)}?`
    : `What got in the way of ${join(gerund(base), vr.rest)}?`;
  return replaceSentence(ctx, q, 'Ask what got in the way: "%s"');
}

/** "It's your own fault you lost the job." → "What do you make of losing the job?" */
export function blameToCurious(ctx: FixContext): ProposedFix {
  const b = bodyOf(ctx);
  const m = /\b(?:fault|blame)\s+(?:that\s+)?you\s+/.exec(b.norm);
  const vr = m && verbAndRest(clauseFrom(b, m.index + m[0].length));
  if (vr && /^(?:did|had|have|didn't)$/.test(vr.verb) === false) {
    return replaceSentence(ctx, `What do you make of ${join(gerund(baseForm(vr.verb)), vr.rest)}?`, 'Ask with curiosity: "%s"');
  }
  return replaceSentence(ctx, 'How do you see what happened?', 'Ask with curiosity: "%s"');
}

/** "You're in denial about your drinking." → "How do you see your drinking?" */
export function honestyToCurious(ctx: FixContext): ProposedFix {
  const b = bodyOf(ctx);
  const about = /\b(?:in denial|lying(?: to (?:me|yourself))?|kidding yourself|fooling yourself|honest(?: with (?:me|yourself))?|making excuses|not telling (?:me )?the truth)\s+about\s+/.exec(b.norm);
  if (about) {
    const topic = clauseFrom(b, about.index + about[0].length);
    if (topic) return replaceSentence(ctx, `How do you see ${topic}?`, 'Ask how they see it: "%s"');
  }
  if (/\bexcuses?\b/.test(b.norm)) return replaceSentence(ctx, "What's been making this hard?", 'Ask what makes it hard: "%s"');
  return replaceSentence(ctx, 'Help me understand how you see it.', 'Invite their view: "%s"');
}

/** "Yes, but you said…" → "Yes, and you said…"; "That's not true." → "Help me understand how you see it." */
export function argueToCurious(ctx: FixContext): ProposedFix {
  const b = bodyOf(ctx);
  const yesBut = /^(\W*(?:yes|yeah),?\s+)but\b/.exec(b.norm);
  if (yesBut) return replaceSentence(ctx, `${b.text.slice(0, yesBut[1].length)}and${b.text.slice(yesBut[0].length)}.`, 'Use "and" instead of "but": "%s"');
  const wantTo = /\byou (?:don't|do not) (?:\w+ )?(?:even )?want to (\w+)\b/.exec(b.norm);
  if (wantTo) return replaceSentence(ctx, `How do you feel about ${gerund(wantTo[1])}?`, 'Ask how they feel about it: "%s"');
  if (/\b(?:how many times|trying)\b/.test(b.norm)) return replaceSentence(ctx, "What's getting in the way?", 'Ask what gets in the way: "%s"');
  return replaceSentence(ctx, 'Help me understand how you see it.', 'Invite their view: "%s"');
}

const PLURAL_NOUNS = /^(?:children|kids|people|parents|grandparents|men|women|sons|daughters|friends|grandchildren|grandkids|babies)$/;

/** "Think of your kids!" → "How do your kids fit into this for you?"; "What kind of mother does that?" → "What matters most to you as a mother?" */
export function shameToCurious(ctx: FixContext): ProposedFix {
  const b = bodyOf(ctx);
  // "Think about what you're doing to your children" → "How do you think this is affecting your children?"
  const doingTo = /^(?:\W*)think (?:of|about) (?:what|how) .*? (?:doing|putting) (?:\w+ )?to /.exec(b.norm);
  if (doingTo) {
    const who = clauseFrom(b, doingTo[0].length);
    return replaceSentence(ctx, `How do you think this is affecting ${who}?`, 'Ask what they see: "%s"');
  }
  const think = /^(?:\W*)think (?:of|about) /.exec(b.norm);
  if (think) {
    const who = clauseFrom(b, think.index + think[0].length);
    return replaceSentence(ctx, `How ${isPlural(who) ? 'do' : 'does'} ${who} fit into this for you?`, 'Ask what matters to them: "%s"');
  }
  const care = /\b(?:(?:don't|do not) you |you (?:\w+ )?(?:don't|do not) (?:\w+ )?)care about /.exec(b.norm);
  if (care) {
    const what = clauseFrom(b, care.index + care[0].length);
    return replaceSentence(ctx, `How much ${isPlural(what) ? 'do' : 'does'} ${what} matter to you?`, 'Ask what matters to them: "%s"');
  }
  const careWhat = /\b(?:don't|do not) you care (what|how) /.exec(b.norm);
  if (careWhat) {
    const what = clauseFrom(b, careWhat.index + careWhat[0].length);
    return replaceSentence(ctx, `What matters to you about ${careWhat[1]} ${what}?`, 'Ask what matters to them: "%s"');
  }
  // "You'd rather get high than see your kids" → "How do your kids fit into this for you?"
  const rather = /\brather\b[^.;!?]{0,80}?\bthan (?:see|be with|spend time with|take care of|look after|raise|keep|get back|visit|call|feed|pay|hold on to|show up for|be there for|stay with) (?=your )/.exec(b.norm);
  if (rather) {
    const who = clauseFrom(b, rather.index + rather[0].length);
    return replaceSentence(ctx, `How ${isPlural(who) ? 'do' : 'does'} ${who} fit into this for you?`, 'Ask what matters to them: "%s"');
  }
  // "Apparently your freedom isn't that important to you" → "How much does your freedom matter to you?"
  const value = /\b(your(?: [a-z']+){1,2}) (?:just |really |even )?(?:isn't|is not|aren't|are not|wasn't|weren't|doesn't|don't|does not|do not|didn't|did not) (?:(?:that|very|so|all that|too|really|even) )?(?:important|matter|mean)/.exec(b.norm);
  if (value) {
    const what = b.text.slice(value.index, value.index + value[1].length);
    return replaceSentence(ctx, `How much ${isPlural(what) ? 'do' : 'does'} ${what} matter to you?`, 'Ask what matters to them: "%s"');
  }
  const ideal = /\b(?:real|good|responsible|decent) (parent|mother|father|mom|dad|husband|wife|man)s?\b/.exec(b.norm);
  if (ideal) return replaceSentence(ctx, `What matters most to you as a ${ideal[1]}?`, 'Ask what matters to them: "%s"');
  const kind = /\bwhat (?:kind|sort) of (mother|father|parent|person|role model)\b/.exec(b.norm);
  if (kind) return replaceSentence(ctx, `What matters most to you as a ${kind[1]}?`, 'Ask what matters to them: "%s"');
  return replaceSentence(ctx, 'How do you feel about what happened?', 'Ask how they feel: "%s"');
}

function isPlural(phrase: string): boolean {
  const last = (/([A-Za-z]+)\W*$/.exec(phrase)?.[1] ?? '').toLowerCase();
  return PLURAL_NOUNS.test(last) || (/[^su]s$/.test(last) && !/(?:ss|us|is|ness)$/.test(last)) || /\band\b/.test(phrase);
}

const ABSOLUTE = /\byou\s+(?:(?:really|just|honestly|literally)\s+)*(always|never|constantly)\s+/;
// (?<!\s): a run of spaces is tried once, from its start (the same match, in linear time)
const FILLER_END = /(?<!\s)\s+(?:(?:on|with|to|about|for|in|at)\s+)?(?:anything|everything|anyone|anybody|at all|ever)$/i;

/** "You always make excuses." → "It sounds like you often make excuses."; "You never call." → "It sounds like calling has been hard." */
export function softenAbsolute(ctx: FixContext): ProposedFix {
  const b = bodyOf(ctx);
  const m = ABSOLUTE.exec(b.norm);
  const vr = m && verbAndRest(clauseFrom(b, m.index + m[0].length).replace(FILLER_END, ''));
  if (!m || !vr) return replaceSentence(ctx, 'What do you make of that?', 'Ask what they make of it: "%s"');
  const r = m[1] === 'never'
    ? `It sounds like ${join(gerund(baseForm(vr.verb)), vr.rest)} has been hard.`
    : `It sounds like you often ${join(vr.verb, vr.rest)}.`;
  return replaceSentence(ctx, r, 'Reflect the pattern without the absolute: "%s"');
}

/** "You always make excuses." → "What do you notice about the times you make excuses?"; "You never call." → "What gets in the way of calling?" */
export function absoluteToQuestion(ctx: FixContext): ProposedFix {
  const b = bodyOf(ctx);
  const m = ABSOLUTE.exec(b.norm);
  const vr = m && verbAndRest(clauseFrom(b, m.index + m[0].length).replace(FILLER_END, ''));
  if (!m || !vr) return curiousQuestion(ctx);
  const q = m[1] === 'never'
    ? `What gets in the way of ${join(gerund(baseForm(vr.verb)), vr.rest)}?`
    : `What do you notice about the times you ${join(vr.verb, vr.rest)}?`;
  return replaceSentence(ctx, q, 'Ask with curiosity: "%s"');
}

// What a label usually stands for, said as something the client can agree with or correct.
const LABEL_READINGS: Array<[RegExp, string]> = [
  [/\b(?:alcoholic|drunk)\b/, 'drinking has been causing you some problems'],
  [/\b(?:addict|drug addict|junkie|user|abuser)\b/, 'using has been causing you some problems'],
  [/\b(?:liar|lying)\b/, 'some of this has been hard to talk about'],
  [/\b(?:manipulative|manipulator)\b/, "you've been working hard to get what you need"],
  [/\blazy\b/, "it's been hard to get started"],
  [/\bselfish\b/, 'your own needs have been taking up a lot of room'],
  [/\birresponsible\b/, 'some things have been slipping'],
  [/\b(?:stubborn|resistant|defensive|unreasonable|difficult|arrogant)\b/, 'you feel strongly about this'],
  [/\b(?:exaggerating|overexaggerating|out of proportion|big deal|harder than|mountain)\b/, 'this feels really big to you'],
  [/\b(?:reckless|careless|out of control)\b/, 'some risks have been piling up'],
  [/\bnaive\b/, 'you want to be able to trust people'],
  [/\b(?:noncompliant|non-compliant|unmotivated|quitter)\b/, "you're not sure this plan fits you"],
  [/\b(?:dramatic|hysterical|crazy|ridiculous)\b/, 'this has been really upsetting'],
  [/\b(?:immature|childish|baby)\b/, 'this has been hard to handle'],
  [/\bhypocrite\b/, 'what you want and what you do have been pulling apart'],
];

/** "You're being manipulative." → "It sounds like you've been working hard to get what you need." */
export function labelToBehaviour(ctx: FixContext): ProposedFix {
  const hl = ctx.norm.slice(ctx.match.hlStart, ctx.match.hlEnd);
  const reading = LABEL_READINGS.find(([re]) => re.test(hl))?.[1] ?? 'things have been really hard lately';
  return replaceSentence(ctx, `It sounds like ${reading}.`, 'Describe instead of labeling: "%s"');
}

/** A general curious question that fits any confront finding. */
export function curiousQuestion(ctx: FixContext): ProposedFix {
  const past = /\b(?:did|didn't|was|were|wasn't|weren't|had|hadn't|should have|should've|yesterday|last)\b/.test(bodyOf(ctx).norm);
  return replaceSentence(ctx, past ? 'What was going on for you then?' : "Help me understand what's been going on for you.", 'Get curious: "%s"');
}

/** "That's not true." → a reflection of the client's view instead of a correction. */
export function seeItDifferently(ctx: FixContext): ProposedFix {
  return replaceSentence(ctx, 'It sounds like you see it differently.', 'Reflect their view: "%s"');
}

/** A reflection that names the difficulty without blame. */
export function reflectDifficulty(ctx: FixContext): ProposedFix {
  return replaceSentence(ctx, 'It sounds like this has been hard to talk about.', 'Reflect instead: "%s"');
}
