// The sarcasm reader: praise, agreement or wonder that means its opposite, recognized by what it is said of.
//   - ironic praise as a verdict: praise, then a failure ("Way to go, you relapsed the day after your chip",
//     "Great, another missed appointment", "Well, that was a brilliant decision.");
//   - mock certainty: "I'm sure the doughnuts had nothing to do with it", "Yeah, I'm sure it was just one drink";
//   - the answer known in advance: "Let me guess, …";
//   - a pattern held up as suspicious: "Funny how you always get sick on test days";
//   - an absurd account offered for the client: "the drugs just jumped into your pocket", "Yeah right, like you…".
// Left alone: sincere praise of a success ("Great, you got the apartment", "Nice job getting to three weeks",
// "Brilliant idea to set the alarm"), reassurance ("I'm sure it was hard to tell your wife"), a coincidence
// enjoyed ("Funny you should mention that", "It's funny, you mentioned your grandkids three times").

import { alt, type Reader } from './reader';

const PRAISE = alt([
  'great', 'nice', 'good', 'wonderful', 'fantastic', 'terrific', 'perfect', 'brilliant', 'excellent', 'lovely', 'super', 'awesome', 'well done',
  'way to go', 'nice going', 'good going', 'great going', 'nice job', 'good job', 'great job', 'nice work', 'good work', 'great work',
  'congratulations', 'congrats', 'bravo', 'wow', 'smooth', 'real smooth', 'nice one', 'good one', 'great move', 'nice move', 'genius',
]);
// A failure named after the praise (not "lost ten pounds", "quit smoking", "skipped dessert": those are wins).
const FAILED =
  '(lost (your|another|custody|everything|the (job|apartment|house|car|license|case|bed|voucher|placement))|blew|blown|ruined|relapsed|' +
  'skipped (your|the|another|school|class|group|court|dialysis|work|treatment|meds|practice)|missed (your|the|another|school|class|group|court|dialysis|work|curfew)|' +
  'failed|flunked|crashed|wrecked|trashed|dropped out|got (kicked|fired|arrested|evicted|suspended|caught|expelled|written up|violated|banned|a dui|another)|' +
  'went back to|(managed|succeeded) to (lose|fail|flunk|get (kicked|fired|arrested|evicted|suspended|expelled)|blow|screw|mess|ruin|burn|wreck|miss|skip|relapse|crash|break)|screwed|messed|burned|burnt|no-showed|bailed|ditched|totaled|maxed out|spent (your|the|all)|lied)';
// What "another …" may be after ironic praise: a failure, not a week sober.
const ANOTHER_FAILURE = alt([
  'missed', 'positive', 'dirty', 'hot', 'failed', 'late', 'no-show', 'excuse', 'relapse', 'write-up', 'violation', 'arrest', 'warning',
  'ticket', 'detention', 'suspension', 'zero', 'incident', 'fight', 'binge', 'bender', 'lie', 'story', 'dui', 'complaint', 'absence', 'tardy',
]);

export const sarcasmReader: Reader = {
  match: [
    // ironic praise, then a failure
    `^ <${PRAISE}> {COMMA} (so |and |now |well |look )?(you|you've|you have|you just) {ADV} (somehow )?${FAILED}`,
    `^ <(oh )?(great|wonderful|fantastic|perfect|terrific|lovely|brilliant|super|awesome|just great|just perfect)> {CLAUSE}? (yet )?another ${ANOTHER_FAILURE}`,
    "^ (well|oh|wow|yeah|gee) {COMMA}? <(that was|that's|that is) {ADV} (a |an )?(real |really |very |so |truly )?(brilliant|genius|bright) (idea|plan|decision|move|choice|call|thinking|one)?> $",
    // mock certainty
    "<i('m| am) (just )?sure> … (had|has|have|'s had) nothing to do with",
    "^ (yeah|sure|right|uh huh|oh yeah|yeah yeah) {COMMA}? <i('m| am) sure (it was|you were|that was|they were|it is|it's) (just|only)>",
    // the answer known in advance
    "^ <let me (take a (wild )?)?guess> ({CLAUSE}|$)",
    // a pattern held up as suspicious
    "^ <(it's |isn't it )?(funny|interesting|amazing|strange|odd|weird|curious) how> … … (always|only|never|every|conveniently|whenever|somehow|suddenly|happen|happens|happened)",
    // an absurd account offered for the client
    "<(just|magically|somehow) (jumped|fell|appeared|materialized|crawled|flew|walked|wandered|found (its|their) way) (into|in|onto|inside) your (pocket|pockets|car|bag|purse|backpack|system|urine|blood|room|house|locker|hand|hands|mouth|cart|glass|body)>",
    "^ <(oh |yeah )?(right|sure)> {COMMA}? like (you|that|it|they|he|she)('re|'ll|'d| were| was| are| will| would| ever| could| can| even| actually| really)",
  ],
  except: [
    // "Sure, like you said…": the client's words agreed with
    'like (you|i|we) (said|mentioned|told|put it)',
  ],
  examples: {
    flag: [
      'Way to go, you relapsed the day after your chip.',
      'Great, so you skipped dialysis again.',
      'Congratulations, you managed to lose your third job this year.',
      'Wonderful, another positive UA.',
      'Well, that was a brilliant decision.',
      "I'm sure the doughnuts had nothing to do with it.",
      'Yeah, I\'m sure it was just one drink.',
      'Let me guess, the bus was late again.',
      'Funny how you always get sick on test days.',
      'Funny how your log has the exact same reading every morning.',
      'Oh sure, the drugs just jumped into your pocket.',
      'Yeah right, like you were going to stop on your own.',
    ],
    pass: [
      'Great, you got the apartment.',
      'Nice job getting to three weeks sober.',
      'Brilliant idea to set the alarm on your phone.',
      'Great, another week sober!',
      'Congratulations, you quit smoking!',
      'Well done, you managed to stay sober all month.',
      "I'm sure it was hard to tell your wife.",
      'Funny you should ask, I was just going to bring that up.',
      "It's funny, you mentioned your grandkids three times today.",
      'Interesting how your energy changed when you talked about your daughter.',
      'Sure, like you said, it takes time.',
      'Let me make sure I understand what you are saying.',
    ],
  },
};
