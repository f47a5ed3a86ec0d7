// The evaluative-predicate reader: a judgmental adjective or noun applied to the client, to what they do or to
// their way of thinking, in one of the frames a verdict takes:
//   - copular and label frames: "You're being neglectful", "You're raising a bully", "You're not a victim here";
//   - the act or its kind judged: "That's irresponsible parenting", "That's the kind of thinking that keeps
//     people stuck", "That's pathetic.";
//   - "your problem is (that) you…", "the problem with you is…";
//   - motives imputed: "You're just hungry for attention", "You just want sympathy";
//   - a chart note's verdict on a person: "Mother is neglectful and makes poor choices".
// Left alone: the client's self-criticism reflected ("You're feeling like a lazy parent right now" — the
// reflection frame), a label denied ("You're not lazy; you've been exhausted"), the client quoted in a note
// (quotes are blanked), a note that reports ("Pt reports feeling lazy"; "Client described herself as selfish").

import { alt, type Reader } from './reader';

// Judgmental adjectives (a reading of the person, not of a feeling the client has).
const JUDGING = alt([
  'lazy', 'selfish', 'irresponsible', 'neglectful', 'negligent', 'careless', 'reckless', 'childish', 'immature', 'pathetic', 'ridiculous',
  'stupid', 'dumb', 'sloppy', 'weak', 'manipulative', 'dishonest', 'toxic', 'spoiled', 'disrespectful', 'permissive', 'uncaring',
  'shameful', 'disgraceful', 'inexcusable', 'entitled', 'stubborn', 'cowardly',
]);
// What of the client's such an adjective is said of.
const JUDGED_THING = alt([
  'parenting', 'behavior', 'behaviour', 'thinking', 'attitude', 'move', 'stuff', 'excuse', 'choice', 'decision', 'nonsense', 'mindset',
  'habit', 'habits', 'lifestyle', 'mothering', 'fathering', 'work ethic', 'logic', 'reasoning', 'way to (live|act|behave|parent|raise)',
]);
// The degree words a verdict may carry.
const DEGREE = alt(['really ', 'so ', 'pretty ', 'just ', 'incredibly ', 'totally ', 'completely ', 'such a ', 'such an ', 'very ', 'downright ']);
// Adjectives a chart note uses as a verdict on a person (behaviour described would name what was seen).
const NOTE_VERDICT = alt([
  'lazy', 'selfish', 'irresponsible', 'neglectful', 'negligent', 'dishonest', 'deceitful', 'sneaky', 'ungrateful', 'spoiled',
  'disrespectful', 'careless', 'reckless', 'immature', 'childish', 'uncaring', 'uninvolved',
]);
// (not "manipulative", "entitled", "defiant", "rude", "attention-seeking": the stigma rules read those in notes and offer
// the neutral words for them)
const NOTE_PERSON = alt(['client', 'patient', 'pt', 'resident', 'student', 'mother', 'father', 'mom', 'dad', 'parent', 'parents', 'caregiver', 'member', 'youth', 'son', 'daughter', 'husband', 'wife', 'grandmother', 'guardian']);
// The kinds of the client's thinking that a verdict names, and where it is said to lead.
const THINKING = alt(['thinking', 'attitude', 'behavior', 'behaviour', 'talk', 'excuse', 'mindset', 'choice', 'choices', 'decision', 'decisions', 'stuff', 'nonsense', 'crap', 'logic', 'reasoning', 'excuses']);
const LEADS_BAD =
  "(got|gets|keeps|kept|put|puts|landed|lands|will (get|keep|land|put)|is going to (get|keep|land|put)|led|leads|brought|sends|sent) (you|people|folks|us|them|him|her) … (locked up|kicked out|fired|arrested|here|in (trouble|jail|prison|this mess)|into (trouble|this mess)|stuck|sick|using|drinking|down|back|relapsing|in the hospital|evicted|suspended|expelled|nowhere)";
// Bad characters a parent is said to be raising.
const BAD_CHILD = alt(['bully', 'bullies', 'brat', 'brats', 'monster', 'monsters', 'criminal', 'criminals', 'delinquent', 'delinquents', 'thug', 'liar', 'liars']);

export const evaluativeReader: Reader = {
  match: [
    // the act or its kind judged: "That's irresponsible parenting", "that's a lazy excuse"
    `<(that's|that is|that was|this is|it's|it is|what you're doing is|what you did was) {ADV} (a |an )?${DEGREE}?${JUDGING} ${JUDGED_THING}>`,
    `^ <${JUDGING} parenting> $`,
    `<{GERUND} … (is|was) {ADV} (a |an )?${DEGREE}?${JUDGING} ${JUDGED_THING}>`,
    "<you('re| are) {ADV} (monopolizing|hogging|derailing|dominating|disrupting|interrupting) (the )?(group|conversation|discussion|class|everyone|again)>",
    "<(nobody|no one) (here )?(wants|needs) to hear (your|any more of your|more of your|another) (excuses|excuse|whining|complaining|stories|sob story|sob stories)>",
    "<(everybody|everyone|we all|anyone|the whole (group|room|team)) (here |else )?(can|could) see (it|that)> $",
    "<you('re| are) {ADV} (one of )?(our|the|a) (frequent flyer|frequent flyers)>",
    `^ <(that's|that is|this is) {ADV} ${DEGREE}?(pathetic|lazy|childish|immature|lame|pitiful|irresponsible|shameful|disgraceful)> $`,
    // the kind of thinking, and where it leads
    `<(that's|that is|this is|it's) {ADV} (exactly |precisely )?the (kind|sort|type) of ${THINKING} (that|which)> {ADV} ${LEADS_BAD}`,
    `<(that|this|your) (kind|sort|type) of ${THINKING} (is|was) {ADV} (exactly )?(why|how)> (you|people) … (stuck|sick|here|in trouble|relapsing|using|drinking|failing|broke|alone|struggling|locked up|in this mess)`,
    // "your problem is that you…", "the problem with you is…"
    "<your {ADV} (real |only |main |whole |biggest |big |one |actual )?problem (is|was)> (that )?(you|your)",
    "<the (real |only |main |whole |biggest )?(problem|trouble|thing) with you (is|was)>",
    // labels with a head other than an adjective
    "<you('re| are) {ADV} (not|no) (a|the) victim> (here|in (this|all this|any of this)|$)",
    "<you('re| are)? {ADV} (playing|play|played) the (victim|martyr)>",
    "<(the|this|that|your) (victim|poor me|martyr) (act|routine|card|mentality|game)>",
    `<you('re| are) {ADV} raising (a|an|little)? {WORD}? ${BAD_CHILD}>`,
    `<your (son|daughter|kid|kids|child|children|boy|girl) (is|are) {ADV} (turning into|becoming|growing up to be|going to be|gonna be) (a|an)? {WORD}? ${BAD_CHILD}>`,
    "<you('re| are) … (acting|behaving|whining|sulking|pouting) like (a|an|some|such a) {WORD}? (child|baby|kid|brat|toddler|teenager|two-year-old|five-year-old)>",
    "<you('re| are) {ADV} (being )?(so |very |really |too |just |completely |totally )?(neglectful|negligent|uncaring|defiant|whiny|flaky|spineless|gutless|cowardly|weak-willed|two-faced|greedy|petty|bratty|insolent|disobedient)>",
    // motives imputed: attention, sympathy
    "<you('re| are) {ADV} (just |only )?(hungry|starved|starving|desperate|thirsty|begging|fishing|angling) for (attention|sympathy|pity|validation)>",
    "<you {ADV} (just|only) (want|need|crave|like) (attention|sympathy|pity|the attention|someone to (feel sorry|rescue|bail))>",
    // excuses as a habit: "if you keep making excuses", "it's always another excuse with you"
    "<you {ADV} (keep |just )?(make|making|made) (so many |a lot of |all these |these |those |more |another |the same |excuse after )?(excuse|excuses)>",
    "<(it's|there's|that's) {ADV} (always )?(another|yet another|one more|always an|always some|some new|a new) excuse> (with you|from you|$|{CLAUSE})",
    '<excuse after excuse>',
    // a chart note's verdict on the person
    `^ <${NOTE_PERSON} (is|was|appears|appeared|seems|seemed|remains|has been|presents as|continues to be) {ADV} (very |extremely |quite |highly |so |clearly |obviously )?${NOTE_VERDICT}>`,
    `^ <${NOTE_PERSON} … (makes|made|making|continues to make|keeps making|has made) (poor|bad|terrible|irresponsible|selfish|questionable) (choices|decisions|parenting decisions)>`,
    `^ <${NOTE_PERSON} … (shows|showed|has shown|demonstrates|demonstrated) (no|little) (concern|regard) (for|about)>`,
  ],
  except: [
    // a feeling the client has, or has named: "you're feeling like a lazy parent", "you're not lazy"
    "you('re| are) {ADV} not (being )?(so |very |really |just )?(lazy|selfish|neglectful|irresponsible|a bad|needy|weak|entitled)",
    // the client's own words, reported in a note: "Client reports she makes poor choices when stressed"
    '(states|stated|reports|reported|says|said|describes|described|feels|felt|believes|believed|admits|admitted|acknowledges|acknowledged|worries|worried) (that )?(she|he|they|client|pt|patient|mother|father) (makes|made|is|was)',
    // a victim of something done to them: "You're not a victim of your past"
    'victim of',
  ],
  examples: {
    flag: [
      "Honestly, that's irresponsible parenting.",
      'That is lazy parenting.',
      "That's pathetic.",
      "That's the kind of attitude that got you locked up in the first place.",
      "That's exactly the kind of thinking that keeps people stuck.",
      'Your problem is that you think the rules don\'t apply to you.',
      'The problem with you is that you never listen.',
      "You're not a victim here.",
      "You're raising a bully.",
      "You're a grown man acting like a child.",
      "You're just hungry for attention.",
      'You just want sympathy.',
      'If you keep making excuses, nothing will change.',
      'Mother is neglectful and makes poor choices.',
      'Father is irresponsible and shows no concern for the children.',
      'Mom appears neglectful and uninvolved.',
      "You're being neglectful.",
      'Yelling at a four-year-old is just lazy parenting.',
      "Jake, you're monopolizing the group again.",
      'Nobody wants to hear your excuses.',
    ],
    pass: [
      "You're feeling like a lazy parent right now.",
      "You're not lazy; you've been exhausted.",
      'Pt reports feeling lazy and unmotivated since the new medication.',
      'Client described herself as selfish for wanting time alone.',
      "That's the kind of thinking that got you through the first month.",
      "You're not a victim of your past.",
      'Your son is becoming a thoughtful young man.',
      'Client reports that she makes poor choices when she is stressed.',
      'What kind of support would be most helpful?',
      'The problem is your insurance will not cover it.',
      'Everyone can see how hard you have worked.',
      "You're entitled to your feelings.",
    ],
  },
};
