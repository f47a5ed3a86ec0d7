// The blame reader: a bad outcome tied to something the client did or failed to do. The link is grammatical —
// "because/since you…", "if you'd… you wouldn't…", "no wonder X, you Y", "that's why X, you never…", "…and
// you won't even…", "you let/keep/refuse…" — and the client's act is read as a failing (a refusal, a habit kept
// up, a thing let slide), or the outcome as a harm (hyperbole: "you're killing yourself"), or the cost as
// carried by others ("the nurses are tired of cleaning up after you"), or the gift as wasted ("other patients
// would be thrilled to get the slot you're throwing away").
// Left alone: a success explained ("Because you stuck with the walking, your sugars came down"), the client's
// state understood ("No wonder you're tired, you've been working double shifts"), the speaker's own reason
// ("I'm calling because you didn't make it to group"), what the client could not help ("because you didn't
// know"), an offer ("If you'd like, we could…").

import { alt, type Reader } from './reader';

// Acts of the client that fail on purpose or by habit; the verb after them fills {VERB} (see BLAME_LINK_VERB_NOT).
// (not "don't", "didn't", "never": "because you don't" is as often the impersonal you — "long distance is hard because
// you don't see each other" — or the speaker's reason — "since you didn't specify…"; a bad state named first reads them)
const REFUSE = alt(["won't", "wouldn't", 'will not', 'would not', 'refuse to', 'refused to', "can't be bothered to", "couldn't be bothered to"]);
const CAUSAL = alt(['because', 'since', "'cause", 'cause']);
// Failing habits: "you keep skipping", "you keep making the same mistakes".
const FAILING_GERUND = alt([
  'skipping', 'missing', 'ignoring', 'forgetting', 'breaking', 'lying', 'relapsing', 'blowing', 'wasting', 'messing up',
  'screwing up', 'making the same', 'making bad', 'making poor', 'making excuses', 'going back to', 'letting (us|me|them|everyone|everybody|people|your {WORD}? {WORD}) down',
  'letting your', 'showing up (late|high|drunk|without)', 'picking fights', 'putting (it|this|things) off', 'blaming',
]);
// Things let slide: "you let your diabetes get out of control", "you let them get away with everything".
const LET_SLIDE = alt([
  'out of control', 'get away with', 'walk all over', 'run (wild|the house|all over|the show)', 'go (downhill|unchecked|to waste|to pot)',
  'slide', 'slip', 'fall apart', 'get (worse|bad|this bad|that bad|so bad|out of hand)', 'push you around', 'spiral',
]);
// Bad states of things of the client's: "your A1C is through the roof", "your grades are tanking".
const BAD_STATE = alt([
  'through the roof', 'out of control', 'tanking', 'failing', 'falling apart', 'off the charts', 'sky high', 'so high', 'too high',
  'worse', 'getting worse', 'a mess', 'so bad', 'terrible', 'awful', 'up again', 'in the toilet', 'shot', 'acting out', 'act out',
  "won't talk", "doesn't trust", "don't trust", "won't trust",
]);
// Harm done to oneself or one's own, named with a verb of destruction: "you're killing yourself", "poisoning your baby".
const DESTROY = alt(['killing', 'poisoning', 'destroying', 'ruining', 'wrecking', 'sabotaging', 'trashing', 'throwing away', 'flushing away', 'drinking away', 'smoking away', 'pissing away', 'blowing']);
const OWN = alt([
  'body', 'health', 'life', 'liver', 'lungs', 'kidneys', 'heart', 'teeth', 'baby', 'kids', 'children', 'family', 'marriage', 'future', 'career',
  'recovery', 'chances', 'sobriety', 'savings', 'freedom', 'scholarship', 'potential', 'relationship', 'license', 'job', 'brain', 'son', 'daughter',
]);
// The people who pay for the client's acts, and what they do for the client.
const OTHERS =
  '(your {WORD}? (kids|children|family|wife|husband|partner|son|daughter|mother|mom|father|dad|parents|girlfriend|boyfriend|grandmother|grandma|sister|brother|teammates|team|coworkers|co-workers|boss|sponsor|case manager|caseworker|teacher|teachers|classmates|roommates|roommate|neighbors|friends)|the (staff|nurses|nurse|doctors|teachers|residents|team|group|aides|techs|night shift|front desk|other {WORD})|everyone|everybody)';
const CARRY_FOR_YOU =
  '(cover|covering|covered) for you|(clean|cleaning|cleaned) up after (you|your)|(pick|picking|picked) up (after you|your slack|the pieces|your (mess|messes))|(chase|chasing|chased) you|(bail|bailing|bailed) you out|(make|making|made) excuses for you|(babysit|babysitting|babysat) you|(do|doing|did) your (job|work|share|chores|homework)|(pay|paying|paid) (for )?your (bills|fines|rent|debts)|(deal|dealing|dealt) with your (mess|messes|drama|attitude|choices|behavior)|(put|putting) up with (you|your)';
// What makes doing it for the client a burden: "had to", "is tired of", "is worn out from".
const BURDEN = alt([
  'had to', 'has to', 'have to', 'having to', 'tired of', 'sick of', 'worn out', 'exhausted', 'fed up', 'done', 'stuck', 'left', 'always',
  'end up', 'ended up', 'spends', 'spend', 'spent', 'keeps', 'keep', "shouldn't have to", 'still', 'again', 'constantly', 'burned out', 'run ragged',
]);
// The comparison that calls the client ungrateful: "other patients would be thrilled to get your slot".
const OTHER_PEOPLE =
  '((other|plenty of|lots of|a lot of|many|most|some|half the) (people|patients|clients|kids|students|families|residents|parents|moms|dads|guys|women|men|folks|members|veterans)|there are (people|kids|patients|families|folks|students)|(the )?(people|kids|patients|families|folks) (on|in) the (waiting list|waitlist|wait list|line))';

export const blameReader: Reader = {
  match: [
    // a failing act given as the cause: "…because you won't follow the diet", "since you won't wear the CPAP"
    `<${CAUSAL} you {ADV} ${REFUSE}> {VERB}`,
    `<${CAUSAL} you {ADV} (keep|kept|keeps) (on )?${FAILING_GERUND}>`,
    `<${CAUSAL} you {ADV} (let|allowed|allow)> (them|him|her|it|your|the|everyone|people|things)`,
    `<${CAUSAL} you {ADV} (skip|skipped|ignore|ignored|blew off|blow off|stopped taking|quit taking|stop taking|missed (your|the) (appointment|appointments|meds|medication|doses|dose|pills|dialysis|session|sessions|group|court|class|classes|shift))>`,
    // a bad state of the client's things, then its cause in the client: "Your grades are tanking because you're…"
    `^ (your|the) {WORD}? {WORD} … ${BAD_STATE} … <${CAUSAL} you('re| are|'ve| have)?>`,
    // the counterfactual: "If you'd taken your insulin like you were told, you wouldn't be in the ER"
    "^ <if you('d| had) {ADV} (just |only |actually |even |bothered to )?{VERB}> … … you('d| would|'d have| would have| wouldn't| would not) {ADV} (still|not|never|be|have|be in|be sitting|be facing|need)",
    "^ <had you {ADV} (just |only |actually |even |bothered to |bothered )?{VERB}> … … you('d| would| wouldn't| would not)",
    "<you('d| would) {ADV} (still )?(have|be)> … … if you {ADV} (had |'d )?(just|only|actually|really|even|bothered to|had bothered to)",
    // "no wonder X, you Y": the outcome in someone else, the cause in the client
    "^ <no wonder> (your|he|she|they|the|nobody|no one|everyone|people) … … you {ADV} (never|always|keep|won't|don't|didn't|yell|scream|lie|drink|use|skip|ignore|let|refuse)",
    // "that's why X, you never Y"; "that's exactly why you keep failing"
    "^ <(that's|that is|this is) {ADV} (exactly |precisely )?why> … … {CLAUSE} you {ADV} (never|always|won't|don't|didn't|keep|refuse|refused|can't stop|won't stop)",
    "<(that's|that is) {ADV} (exactly |precisely )?why> (he|she|they|your {WORD}? {WORD}) … ((walk|walks) all over you|(won't|doesn't|don't|can't|never) (listen|respect|trust|behave|mind)|(acts|act) out|(is|are) (failing|out of control|in trouble))",
    "^ <(it's )?no wonder> (your|he|she|they|nobody|no one|everyone|people) … (won't|doesn't|don't|can't|never) (listen to|respect|trust|talk to|respond to|want to be around|want anything to do with) you",
    "^ <if you {ADV} (spent|spend|put|spent a little) (less|more) (time|energy|effort)> … … you('d| would)",
    "^ <(once again|yet again|again) {COMMA}? you {ADV} (failed|forgot|neglected|chose not|didn't bother|did not bother) to>",
    "<(and )?(frankly |honestly )?neither can (we|i|the staff|your {WORD})> $",
    "^ <(that's|that is|this is) {ADV} (exactly |precisely )?why you {ADV} keep (failing|getting|ending up|losing|relapsing|messing|screwing|struggling|going back|missing|landing)>",
    // "…and you won't even call her back"
    "<you {ADV} (won't|wouldn't|will not) even> {VERB}",
    "<and you {ADV} (can't|cannot|couldn't|don't|didn't) even> {VERB}",
    // habits and slides charged to the client
    `<you {ADV} (keep|kept) (on )?${FAILING_GERUND}>`,
    `<you {ADV} (let|allowed|allow|keep letting)> (your {WORD}? {WORD}|it|things|him|her|them|everything|the {WORD}|everyone) … ${LET_SLIDE}`,
    "<you {ADV} (refuse|refused|won't|will not) (to )?(take|accept|own) (any )?(responsibility|ownership|accountability)>",
    "<you {ADV} (refuse|refused) to (listen|cooperate|follow|admit|accept|see|try|change|do|help|get help|engage|stop|comply|take)>",
    "<(nobody|no one) (else )?to blame (but|except) (yourself|you)>",
    // hyperbole: harm charged to the client
    `<you('re| are|'ve been| have been) {ADV} (only |just )?${DESTROY} (yourself|your {WORD}? ${OWN})>`,
    `<you('re| are) {ADV} (throwing|flushing|pissing|tossing) your {WORD}? ${OWN}> away`,
    "<(drinking|smoking|eating|using|partying|drugging) yourself (into|to) (an early grave|the grave|death|an early death|the hospital|a coma|the er|oblivion)>",
    "<you('re| are) {ADV} (only|just|really) hurting (yourself|your {WORD}? (kids|family|children|son|daughter|wife|husband|mother|mom|case|chances))>",
    // the cost carried by others
    // (with a burden word between: "your dad has been paying your fines, and you're grateful" is no charge)
    // (one gap only: two gaps around the burden word cost too much on long text)
    `<${OTHERS} … ${BURDEN} (from |of |with |by )?(${CARRY_FOR_YOU})>`,
    `<${OTHERS} … while you('re| are)? {ADV} (out )?(party|partying|drink|drinking|use|using|get high|getting high|sleep all day|sleeping all day|play video games|playing video games|gamble|gambling|run around|running around|hang out|hanging out|sit around|sitting around|do nothing|doing nothing)>`,
    "<(have|has|had|got|'ve got|'s got) better things to do than> … (you|your)",
    // blame laid on an unnamed member of a group: "We all know who's been skipping the homework"
    "<(we all|we both|everyone|everybody|you all|y'all|you guys|all of us) (know|knows) (who|who's|whose|which one of you)> {WORD}",
    "(and|yeah|oh) <you know who you are> $",
    "<(certain|some|a few|one or two|a couple of) (people|persons|folks|members|individuals|of you|person|ladies|guys) (in (this|the) (group|room|class|house|program|unit|building)|here|around here|in here)> … (clearly|obviously|still|keep|keeps|aren't|are not|don't|doesn't|didn't|can't|haven't|hasn't|won't|never|think they|seem to think|need to (stop|start|learn|grow))",
    // the gift called wasted
    `<${OTHER_PEOPLE} … would (kill|give anything|give their right arm|give an arm and a leg|do anything|jump at the chance|love to (have|get|be in))> (for|to|your|the|a|this|that|what)`,
    `<${OTHER_PEOPLE} … would (be|have been) {ADV} (so |really )?(thrilled|grateful|thankful|glad|happy|lucky|delighted|ecstatic|over the moon)> (to|for)`,
  ],
  except: [
    // the speaker's own reason: "I'm calling because you didn't make it to group"
    "^ (i'm|i am|i|we're|we are|we|i've|i was|i just) … (because|since) you",
    // forgiveness: "it's not your fault, because you didn't know"
    "(not your fault|okay|ok|understandable|makes sense|no shame|nothing wrong|no wonder) … (because|since) you",
    // a success explained, or a strength kept up
    '(because|since) you {ADV} (keep|kept) (on )?(showing|coming|trying|going|working|pushing|practicing|checking|taking|walking|doing the)',
    '(let|allow) (me|us) know',
    'killing yourself (at|working|to|trying|for|over (work|this job))',
    // an offer of help from others: "Other patients would be happy to share their experience"
    'would (be|probably be) {ADV} (happy|glad|thrilled) to (share|talk|help|tell|answer|meet|show|explain|give|join|chat|connect|hear)',
    'know (who|whose) to',
    // a question without its mark: "What parts of it do you keep forgetting to think about."
    '(what|which|how|why) … do you {ADV} keep',
    'refuse to (give up|quit|let|be (defined|silenced|a victim)|settle|stay|back down)',
    // what was done to the client, not by them: "if you'd been given a chance"
    "if you('d| had) been (given|told|offered|treated|shown|able|through)",
  ],
  examples: {
    flag: [
      'Your blood pressure is up again because you keep skipping your pills.',
      "Your A1C is through the roof because you won't follow the diet.",
      'Your kids act out because you let them get away with everything.',
      "Since you won't wear the CPAP, of course you're exhausted.",
      "If you'd shown up to your appointments, you'd still have your housing voucher.",
      "If you'd taken your insulin like you were told, you wouldn't be in the ER.",
      "No wonder your son won't talk to you, you yell at him every night.",
      "That's why your liver numbers are so bad, you never stopped drinking.",
      "Your wife is exhausted, and you won't even call her back.",
      'You keep making the same mistakes over and over.',
      'You let your diabetes get completely out of control.',
      'You refuse to take responsibility for anything.',
      "You've got nobody to blame but yourself.",
      "You're killing yourself with those cigarettes.",
      "You're drinking yourself into an early grave.",
      "You're throwing your recovery away over a girlfriend.",
      "You're only hurting yourself.",
      'The nurses are tired of cleaning up after your choices.',
      'Your teammates had to pick up your slack again.',
      'The staff here have better things to do than chase you down for your meds.',
      "Other patients would be thrilled to get the slot you're throwing away.",
      'Plenty of people would love to have the scholarship you are wasting, and other kids would give anything for it.',
      "You'd have a job by now if you actually tried.",
      "We all know who's been skipping the homework.",
      "You're too soft on him and that's why he walks all over you.",
      "It's no wonder she won't listen to you.",
      "Maybe if you spent less time complaining and more time working, you'd be further along.",
      'Once again you failed to attend your scheduled appointment.',
      'Your heart can\'t take much more of this, and frankly neither can we.',
      'Think of the people on the waiting list who would do anything for this chance.',
      'Some people in this group clearly are not taking this seriously.',
      'A few people skipped the reading, and you know who you are.',
    ],
    pass: [
      'Because you stuck with the walking, your sugars came down.',
      'Because you kept the appointment, we caught the infection early.',
      "No wonder you're tired, you've been working double shifts.",
      "I'm calling because you didn't make it to group.",
      "It's not your fault, because you didn't know.",
      "If you'd like, we could look at what happened before the drink.",
      "That's why you came in today: you want things to be different.",
      'You let yourself rest this weekend, and that seemed to help.',
      'You keep coming back, even when it\'s hard.',
      'Your wife has been worried too.',
      "Your dad has been paying your fines, and you're grateful.",
      'Other patients would be happy to share what helped them.',
      "You've been killing yourself at work to keep the family afloat.",
      "You won't even notice the patch after a day or two.",
      'You refuse to give up, and it shows.',
      'We all know who to call when things get rough.',
      'Some people in this group have found the evening walk helpful.',
      'What matters is not who people think you are, but that you know who you are.',
      "Long distance is hard because you don't see each other.",
      'What parts of the relationship do you keep forgetting to think about?',
    ],
  },
};

/** Verbs that make "because you didn't / won't …" a circumstance, a kindness or abstinence rather than a failing. */
export const BLAME_LINK_VERB_NOT = [
  'have', 'had', 'know', 'knew', 'get', 'got', 'feel', 'felt', 'need', 'needed', 'deserve', 'deserved', 'mean', 'meant', 'think', 'thought',
  'want', 'wanted', 'see', 'saw', 'understand', 'realize', 'like', 'learn', 'learned', 'give', 'quit', 'drink', 'use', 'smoke', 'relapse',
  'gamble', 'touch', 'pick', 'notice', 'sleep', 'eat', 'breathe', 'relax', 'rest', 'enjoy', 'afford', 'find', 'focus', 'stand', 'walk',
  'move', 'remember', 'hear', 'tell', 'told', 'ask', 'asked', 'trust', 'expect', 'expected', 'mind', 'worry', 'hurt', 'cry',
  'known', 'gotten', 'liked', 'wished', 'hoped', 'chosen', 'become',
];
