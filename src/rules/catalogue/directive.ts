// Directive language: telling the client what to do without permission or autonomy support (MITI Persuade;
// MISC Advise without permission, Direct, Warn).

import type { RuleDef } from '../types';

const SOURCE = 'MITI 4.2.1 Persuade; MISC 2.5 Advise w/o permission, Direct; Miller & Rollnick 2013, ch. 11';
const WHY_ADVICE =
  'Unasked-for advice triggers the "righting reflex" trap: the client tends to argue the other side and talk ' +
  'themselves out of change. In MI, advice lands when the client asked for it or gave permission, and when ' +
  'the choice stays theirs. Ask what they think first, or ask permission and add autonomy support.';
// "You need to be more consistent", "you should be careful": "be" plus the trait the client is told to have.
// (The {VERB} slot never takes "be": "you must be tired" is a guess, not an order.)
const BE_TRAIT =
  '(more|less|careful|cautious|honest|patient|consistent|firm|firmer|strict|stricter|stronger|realistic|assertive|' +
  'responsible|accountable|proactive|kinder|nicer|upfront|clear|clearer|sober|clean|prepared|serious|committed|' +
  'disciplined|aware|mindful|wary|vigilant|smarter|tougher|better about|on time|there for|grateful|thankful|ready|back (by|from|in|at|here)|' +
  // where the client is told to be: "you need to be on medication", "you'd better be at group"
  'on (medication|meds|an? [a-z]+ (medication|diet|plan|schedule))|in (bed|treatment|therapy|rehab|detox|a program|school|group)|' +
  'at (group|school|work|home|every|the meeting|your appointment))';
// Steps a client is told to take: "you'll go to the job fair", "you will call me every evening".
const CLIENT_TASK =
  '(go to|go back to|call|attend|bring|sign up|check in|show up|apply for|complete|fill out|text|email|report to|pick up|' +
  'throw out|throw away|join|pay|write down|come in|come back|meet with|turn in|hand in|submit|log|track|cut out|cut back|' +
  'cut down|get rid of|give up|stay away from|stop {GERUND}|take (one|two|three|your|this|these|those|it|them) )';
// What a warning threatens: loss, illness, harm, punishment.
const HARM =
  '(lose|die|end up|kill|ruin|destroy|damage|regret|wind up|land|be dead|get fired|go to jail|go back to jail|overdose|' +
  'go blind|get sick|get sicker|get worse|relapse|be back|have (a|another) (stroke|heart attack|seizure)|need (insulin|dialysis|surgery|an amputation|a transplant)|' +
  'be (evicted|arrested|fired|expelled|hospitalized|kicked out|locked up)|get (evicted|arrested|expelled|kicked out|locked up|violated))';
// What a time or place phrase before an instruction ends with: "After dinner go for a walk", "Every morning write…"
const TIME_NOUN =
  '(morning|mornings|afternoon|afternoons|evening|evenings|night|nights|day|days|week|weekend|weekends|month|' +
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|' +
  'breakfast|lunch|dinner|supper|meals|meal|work|school|class|bed|bedtime|group|church|practice|payday|noon|midnight|' +
  'tomorrow|tonight|today|shift|session|appointment|visit|court|hearing)';
// A superlative or first course as the advice's subject: "the most effective way", "the first thing", "the safest move"
// ("the best way to… is to…" stays the autonomy rule's softer reading).
const BEST_COURSE =
  '((most|more) (important|effective|helpful|useful|valuable|powerful)|single most important|first|healthiest|smartest|safest|' +
  'simplest|easiest|quickest|fastest|surest|wisest) (thing|step|way|option|move|strategy|approach|change|choice)';
const MI_LOOKALIKES: RuleDef['unless'] = ['reflection-frame', 'open-question', 'permission', 'autonomy', 'conditional'];
const DIRECTIVE_FIXES: RuleDef['fixes'] = [
  { kind: 'rewrite', name: 'ask-open-question' },
  { kind: 'rewrite', name: 'ask-permission' },
  { kind: 'rewrite', name: 'advice-with-autonomy' },
];

export const directiveRules: RuleDef[] = [
  {
    id: 'directive/you-should',
    family: 'directive',
    miCode: 'persuade',
    severity: 'warning',
    appliesTo: ['author', 'counselor'],
    match: [
      "<you {ADV} (should|shouldn't|should not|ought to|oughta|ought not to) {ADV} {VERB}>",
      "<you {ADV} (should|shouldn't|should not|ought to|ought not to) {ADV} be {ADV} {GERUND}>",
      `<you {ADV} (should|ought to)> {ADV} be {ADV} ${BE_TRAIT}`,
    ],
    except: ['you {ADV} (should|ought to) {ADV} (be|feel) {ADV} (proud|pleased|glad|happy|good) (of|about|with|that)'],
    verbNot: ['have', "'ve", 've'],
    unless: MI_LOOKALIKES,
    message: 'Directive: "you should" tells the client what to do.',
    why: WHY_ADVICE,
    source: SOURCE,
    fixes: DIRECTIVE_FIXES,
    examples: {
      flag: [
        'You should stop drinking.',
        'I think you should really try going to meetings.',
        "You shouldn't skip your medication.",
        'Honestly, you ought to call your sponsor.',
        "You shouldn't be hanging around those friends anymore.",
        'You should be more careful with your money.',
      ],
      pass: [
        'You feel like you should be able to handle this on your own.',
        'Part of you thinks you should call her.',
        'What do you think you should do?',
        'It is your call, but some people find that you should sleep on it.',
        'You should be proud of how far you have come.',
        "Would it be OK if I shared an idea? You should talk to her first, but it's up to you.",
        'Your sponsor said you should call him daily, and that feels like a lot.',
      ],
    },
  },
  {
    id: 'directive/you-must',
    family: 'directive',
    miCode: 'persuade',
    severity: 'warning',
    appliesTo: ['author', 'counselor'],
    match: [
      "<you {ADV} (must|mustn't|must not) {ADV} {VERB}>",
      // "get" is left out of the verb slot ("you must get tired"), but not when it names the thing to get
      "<you {ADV} must> {ADV} get (tested|help|treatment|checked|screened|sober|rid|out|away|a|an|some|professional|more|enough|your|back|plenty)",
      // the obligation in the passive: "You are required to attend all twelve sessions"
      "<you('re| are| will be|'ll be) {ADV} (required|expected|obligated|obliged|mandated) to {ADV} {VERB}>",
      `<you('re| are| will be|'ll be) {ADV} (required|expected|obligated|obliged|mandated) to> {ADV} be {ADV} ${BE_TRAIT}`,
      // a prohibition on what the client is doing: "You can't be smoking around a newborn"
      "<you (can't|cannot|can not) {ADV} be {GERUND}>",
    ],
    // a guess or a reassurance, not a prohibition: "you can't be feeling great", "you can't be expected to…"
    except: ['you (can\'t|cannot|can not) {ADV} be (feeling|thinking|expecting|enjoying|loving|liking|hoping|kidding|joking|blamed|expected)'],
    // "You must be exhausted", "you must have been scared": a guess at the client's experience, not an order.
    verbNot: ['have', "'ve", 've', 'feel', 'know', 'think', 'realize', 'see', 'wonder', 'get', 'hate', 'love', 'miss', 'wish', 'want', 'really', 'find', 'worry'],
    unless: MI_LOOKALIKES,
    message: 'Directive: "you must" orders the client.',
    why: WHY_ADVICE,
    source: SOURCE,
    fixes: DIRECTIVE_FIXES,
    examples: {
      flag: ["You can't be drinking while you're on this medication.", 'You must stop using before it is too late.', 'You must not miss another appointment.', 'You must get tested for HIV.', 'You are required to attend all twelve group sessions.'],
      pass: ["You feel like you can't be using around your kids anymore.", "You can't be feeling great after a night like that.", 'You must be exhausted after a week like that.', 'You must have been scared.', 'You must feel torn.', 'So you are required to attend twelve sessions, and that feels like a lot.'],
    },
  },
  {
    id: 'directive/you-need-to',
    family: 'directive',
    miCode: 'persuade',
    severity: 'warning',
    appliesTo: ['author', 'counselor'],
    match: [
      "<you {ADV} (do )?{ADV} (need|needs) to {ADV} {VERB}>",
      "<you('ll| will|'re going to| are going to|'re gonna| are gonna) {ADV} need to {ADV} {VERB}>",
      "<what you {ADV} (need|have|should|ought) (to )?do is>",
      "<what you {ADV} need (is|are)>",
      // "All you have to do is show up": the one thing asked of the client
      "<all (that )?you {ADV} (have to|need to|'ve got to|got to|gotta) do is>",
      // a group told what it must do: "Each of you needs to share once", "Everyone in this group has to…"
      "<(each of you|all of you|each one of you|you all|you guys|everyone here|everybody here|(everyone|everybody|each person) in (this|the) (group|room|class)) {ADV} (need|needs|has|have) to> {ADV} {VERB}",
      // a thing the client is told they need: "You need professional help", "You need a lawyer"
      "<you {ADV} (do )?{ADV} (need|needs)> (a|an|some|someone|somebody|more|professional|therapy|counseling|treatment|rehab|help|medication|meds|sleep|rest|a break|time|space|support|to get|new|better|better friends)",
      `<you {ADV} (do )?{ADV} (need|needs|have|has) to> {ADV} be {ADV} ${BE_TRAIT}`,
      `<you('re| are|'ll| will) {ADV} (going to |gonna )?(need|have) to> {ADV} be {ADV} ${BE_TRAIT}`,
      "<you {ADV} (do )?{ADV} (need|needs|have|has) to {ADV} be {ADV} {GERUND}>",
      // the client's child or charge, told through the parent: "Your son needs to be in bed by nine"
      "<your (son|daughter|kids|kid|child|children|teen|teenager|baby|toddler|boy|girl) {ADV} (needs|need|has|have) to> {ADV} {VERB}",
      `<your (son|daughter|kids|kid|child|children|teen|teenager|baby|toddler|boy|girl) {ADV} (needs|need|has|have) to> {ADV} be {ADV} ${BE_TRAIT}`,
      `<(each of you|all of you|each one of you|you all|you guys|everyone here|everybody here) {ADV} (need|needs|has|have) to> {ADV} be {ADV} ${BE_TRAIT}`,
      `<you('ve| have)? {ADV} (got to|gotta)> {ADV} be {ADV} (honest|${BE_TRAIT.slice(1)}`,
      // what others need of the client, used as pressure: "Your kids need you to stop drinking", "your body needs you to rest"
      "<your {WORD} {WORD}? (needs|need|deserves|deserve) you to> {ADV} {VERB}",
      // "this is something (that) you need to do": the relative clause is the advice itself
      "<(it's|that's|this is|it is|that is) {ADV} (something|what) (that )?you {ADV} (need|have|got|ought) to>",
    ],
    // what a child needs from the parent is not a task set for the child: "your son needs to feel safe"
    except: ['your {WORD} {ADV} (needs|need|has|have) to (feel|know|hear|see that|see you|understand|be able|be heard|be loved|trust|learn that)', 'need(s)? you to (know|understand|feel|hear|believe)'],
    unless: MI_LOOKALIKES,
    message: 'Directive: "you need to" tells the client what they must do.',
    why: WHY_ADVICE,
    source: SOURCE,
    fixes: DIRECTIVE_FIXES,
    examples: {
      flag: [
        "Your kids need you to stop drinking.",
        'You need to cut back on your drinking.',
        'You really need to take your meds every day.',
        'What you need to do is call her.',
        'Well, you do need to take your medicine.',
        'Perhaps what you really need to do is take some paracetamol.',
        "I think that's something that you just need to fit in your schedule.",
        'And, you know, I really think you need to quit.',
        'If you want the results that you want, you need to start now.',
        'You just need to be more consistent.',
        'What you really need is a break from him.',
        'You need professional help.',
        'You gotta be honest with yourself.',
        'All you have to do is show up on time.',
        'Everyone in this group needs to share at least once today.',
        "You're going to have to be stricter about the curfew.",
        'In my professional opinion, you need to be on medication.',
        'Your son needs to be in bed by nine on school nights.',
        'All of you need to be back from break in ten minutes.',
        'You need to be taking your meds every day.',
      ],
      pass: [
        "Your kids need you to know you're loved.",
        "You don't need to decide anything today.",
        'What do you think you need to do?',
        'You feel like you need to be perfect.',
        'If you need to reschedule, just let me know.',
        'If you feel like you need to talk, I am here.',
        'People around you are saying that you need to change.',
        "It looks like you need to take it once a day.",
        'Is there something you need to talk about?',
        'Crying often means you are touching feelings that you need to get in touch with.',
        'You feel you need to be more careful with money.',
        'What do you need to be more consistent?',
        'Whatever you need, we can talk about it.',
        'The first step here is that you are taking responsibility.',
        'Is there anything else you need?',
        'Everyone needs to vent sometimes.',
        'Your son needs to feel safe with you.',
        'You feel you need to be doing more.',
        "You're worried your daughter has to see the dentist before summer.",
      ],
    },
  },
  {
    id: 'directive/you-have-to',
    family: 'directive',
    miCode: 'persuade',
    severity: 'warning',
    appliesTo: ['author', 'counselor'],
    match: [
      "<you {ADV} (do )?{ADV} (have|has) {ADV} to {ADV} {VERB}>",
      "<you('ve| have)? {ADV} got to {ADV} {VERB}>",
      "<you {ADV} gotta {ADV} {VERB}>",
      // without its "you", in speech and chat: "Gotta keep that sugar under 180"
      "^ <(gotta|got to)> {ADV} {VERB}",
      "<you('re| are) {ADV} (going to|gonna) have to {ADV} {VERB}>",
      "<you('ll| will) {ADV} have to {ADV} {VERB}>",
      "<you('ve| have)? {ADV} (got )?no (choice|option|alternative) but to {ADV} {VERB}>",
      // the obligation as an expectation: "You're supposed to be checking in daily", "you're not supposed to drive"
      "<(you('re| are)|you aren't) {ADV} (not )?supposed to {ADV} {VERB}>",
      "<(you('re| are)|you aren't) {ADV} (not )?supposed to {ADV} be {ADV} {GERUND}>",
      `<(you('re| are)|you aren't) {ADV} (not )?supposed to> {ADV} be {ADV} ${BE_TRAIT}`,
    ],
    // what a treatment is expected to do to the client is information: "you're supposed to feel a bit dizzy at first"
    except: ['^ (gotta|got to) (say|love|admit|go|run|hand it|ask|be honest|agree|wonder|laugh|tell you|give (it|you) (to|credit))', 'supposed to (feel|notice|experience|get (drowsy|sleepy|tired|dizzy|hungry))'],
    unless: MI_LOOKALIKES,
    message: 'Directive: "you have to" leaves the client no choice.',
    why: WHY_ADVICE,
    source: SOURCE,
    fixes: DIRECTIVE_FIXES,
    examples: {
      flag: [
        "Gotta keep that sugar under 180, okay?",
        "You have to stop drinking.",
        "You've got to get this under control.",
        "You're going to have to quit smoking.",
        'You have no choice but to stop drinking now.',
        'You have to stop skipping your insulin if you want to keep your feet.',
        "You're supposed to be checking your sugar before every meal.",
        "You're not supposed to drive until the doctor clears you.",
      ],
      pass: [
        "Gotta say, that took guts.",
        'You feel like you have to be perfect.',
        "You don't have to figure it all out today.",
        'Whatever you have to do is your decision.',
        'So you have to work nights, and that makes meetings hard to get to.',
        "That's pretty shocking to be told that you have to get rid of your dog.",
        'He keeps saying you have to sign the contract before you can move in.',
        "You feel like you have no choice but to stay.",
        'If you want to, you can bring your log next time.',
        "You've been told you're supposed to check your sugar four times a day, and that feels like a lot.",
        "You're supposed to feel a little drowsy the first few nights.",
      ],
    },
  },
  {
    id: 'directive/you-will',
    family: 'directive',
    miCode: 'persuade',
    severity: 'warning',
    appliesTo: ['author', 'counselor'],
    // The client's next step decided for them, in the future tense or as a bare "you call…" after a time to do it.
    match: [
      // (the highlight stops before the task, so a rewrite starts from the task's own verb)
      `<you('ll| will|'re going to| are going to|'re gonna| are gonna)> {ADV} ${CLIENT_TASK}`,
      "^ (tomorrow|tonight|from now on|from (today|tonight|tomorrow|here|this (point|day|week)) on|first thing|starting (today|tomorrow|now|monday|tuesday|wednesday|thursday|friday|next)|next (time|week)|before (our|your|the) next|by (monday|tuesday|wednesday|thursday|friday|the end of)) … {COMMA} <you ((don't|do not|never) )?{VERB}>",
    ],
    verbNot: [
      'will', "'ll", 'can', 'could', 'might', 'may', 'should', 'must', 'would', 'need', 'needs', 'have', 'had', 'feel', 'know', 'think',
      'see', 'want', 'get', 'probably', 'likely', 'still', 'wo', "won't", "can't", 'do', "don't", 'did', "didn't", 'said', 'mentioned',
    ],
    // "you will bring yourself in contact with new people": what will happen, not a step to take
    // ("you're going to take it one day at a time" is encouragement)
    // (nor what follows from a condition: "If you keep at it, you'll join the ones who made it")
    except: ['you (will|\'ll) {ADV} (bring|get) yourself', 'take (it|this|them) (one|a) (day|step|week)', "^ (if|once|as long as|the more) … … … {COMMA} you('ll| will|'re going to| are going to)"],
    unless: [...MI_LOOKALIKES!, 'question', 'third-person-note'],
    message: 'Directive: "you will…" decides the client\'s next step for them.',
    why: WHY_ADVICE,
    source: SOURCE,
    fixes: DIRECTIVE_FIXES,
    examples: {
      flag: [
        'You will go to the job fair on Thursday.',
        "You'll call me every evening this week.",
        'First thing Monday, you call the landlord and set up a payment plan.',
        'From now on, you check in with me before you spend anything.',
        "From today on, you don't drink on weeknights.",
        "You're going to take one tablet a day with food.",
        'You are going to sign up for the parenting class this week.',
      ],
      pass: [
        "You'll get a letter from the court in a few weeks.",
        "You'll see, it gets easier.",
        "So you'll call your sister this week, and you'll see how it goes.",
        'Tomorrow, you might feel a little tired.',
        "Will you call me if anything comes up?",
        "It sounds like you'll go to the job fair on Thursday.",
        "You're going to take it one day at a time.",
        "If you keep at it, you'll join the ones who made it.",
      ],
    },
  },
  {
    id: 'directive/we-should',
    family: 'directive',
    miCode: 'persuade',
    severity: 'warning',
    appliesTo: ['author', 'counselor'],
    // "We should set a goal that you stop drinking": the counselor's plan for the client, in a shared voice.
    match: [
      "<(i think |i feel |i believe )?we {ADV} (should|need to|have to|'ve got to|got to|must|ought to) {ADV} {VERB}>",
      "<let's {ADV} get you> (into|signed up for|started on|on|in) (a |an |the |some )?(program|detox|rehab|treatment|medication|meds|group|class|aa|na|patch|nicotine|inpatient|residential)",
      // any plan or routine the counselor puts the client on: "Let's get you on a walking schedule", "We're going to start you on a meal plan"
      "<(let's|we're going to|we are going to|we're gonna|we'll|we will|i'm going to|i'm gonna|i'll) {ADV} (get|put|start) you (on|onto|back on|started on|signed up for|enrolled in|into)> (a|an|some)",
    ],
    // procedure and shared exploration: "we need to stop for today", "we should talk about that", "we should be clear"
    verbNot: [
      'talk', 'look', 'stop', 'wrap', 'end', 'finish', 'meet', 'schedule', 'check', 'explore', 'think', 'spend', 'see',
      'be', 'keep', 'figure', 'go', 'discuss', 'review', 'revisit', 'continue', 'focus', 'move',
      'find', 'take', 'make', 'do', 'leave', 'pause', 'come', 'switch', 'assume', 'remember', 'consider', 'hear', 'ask',
      'have', 'try', 'work', 'understand', 'know', 'write', 'note', 'put', 'set up', 'plan',
    ],
    except: [
      'we (should|need to) (start|get) (with|by|on|off|back)',
      'we (need|have) to (make sure|get (going|started|together))',
      // a place on a list or a call is a service, not a change asked of the client: "I'll get you on the waitlist"
      'you (on|onto) (a|the) (list|waitlist|wait list|waiting list|schedule|calendar|phone|call|line)',
    ],
    unless: ['reflection-frame', 'question', 'permission', 'autonomy', 'conditional', 'third-person-note'],
    message: 'Directive: "we should" decides the client\'s change for them.',
    why: WHY_ADVICE,
    source: SOURCE,
    fixes: DIRECTIVE_FIXES,
    examples: {
      flag: [
        "Let's get you on a meal plan before the holidays.",
        "We're going to start you on a walking routine this week.",
        'So I think we should set a goal that you stop drinking.',
        'We need to cut out the sugar completely.',
        'So we need to start looking at all the things that will get your diabetes under control.',
      ],
      pass: ["I'll get you on the waitlist for the housing program.", 'We should talk about that next time.', 'We need to stop for today.', 'What do you think we should do?', 'Maybe we should look at your week together.'],
    },
  },
  {
    id: 'directive/had-better',
    family: 'directive',
    miCode: 'persuade',
    severity: 'warning',
    appliesTo: ['author', 'counselor'],
    match: ["<you('d| had)? {ADV} better {ADV} (not )?{VERB}>", `<you('d| had)? {ADV} better> {ADV} be {ADV} ${BE_TRAIT}`],
    verbNot: ['than', 'off', 'for', 'at', 'now'],
    unless: MI_LOOKALIKES,
    message: 'Directive: "you\'d better" is a warning with pressure behind it.',
    why: WHY_ADVICE,
    source: SOURCE,
    fixes: DIRECTIVE_FIXES,
    examples: {
      flag: ["You'd better stop before you lose your job.", 'You better show up next week.', "You'd better be at group on Thursday.", "You'd better not skip group again."],
      pass: ['You feel better when you walk every day.', 'You know yourself better than anyone.'],
    },
  },
  {
    id: 'directive/important-that-you',
    family: 'directive',
    miCode: 'persuade',
    severity: 'warning',
    appliesTo: ['author', 'counselor'],
    match: [
      "<(it's|it is|it's really|it is really|it's very|it is very|it would be|it will be|it'd be) {ADV} (important|essential|crucial|vital|critical|imperative|necessary|key) (that|for) you> {ADV} (to)? {VERB}",
      // the same advice without "you": "it's important to take it every day"
      "<(it's|it is) {ADV} (so |very |really |super |extremely )?(important|essential|crucial|vital|critical|imperative|necessary) to> {ADV} {VERB}",
      // without "that": "It's crucial you don't skip your follow-up"
      "<(it's|it is) {ADV} (so |very |really |super |extremely )?(important|essential|crucial|vital|critical|imperative) you> {ADV} (don't |do not |never )?{VERB}",
      "<(it's|it is) {ADV} (about |high |past )?time (for you )?to> {ADV} {VERB}",
      // "It's about time you told her": the subjunctive past
      "<(it's|it is) {ADV} (about |high |past )?time (that )?you> {ADV} {VERB}",
    ],
    // the session's own clock: "it's time to wrap up", "it's time to stop for today"
    except: ["time to (wrap up|end|finish|go|close|stop for|stop here|stop now|stop there|stop today|say goodbye|check in|get started|begin)"],
    // "It's important to know / remember that…": framing information, not telling the client what to do.
    verbNot: ['know', 'remember', 'note', 'understand', 'say', 'mention', 'recognize', 'acknowledge', 'realize', 'notice', 'point', 'hear', 'feel'],
    unless: MI_LOOKALIKES,
    message: 'Directive: "it\'s important that you…" is advice stated as a must.',
    why: WHY_ADVICE,
    source: SOURCE,
    fixes: DIRECTIVE_FIXES,
    examples: {
      flag: [
        "It's important that you take your medication every day.",
        'It is crucial for you to stop using.',
        "It's important to take it every day.",
        'I think it would be important for you to keep an eye on the situation.',
        "It's time to grow up and take responsibility.",
        "It's about time you told your wife the truth about the debt.",
        "It's essential you don't miss the follow-up.",
      ],
      pass: [
        "It's important to you that your kids see you sober.",
        'What makes it important for you to change now?',
        "It's important to know that cravings pass.",
        "It's important to me that you feel heard.",
        "It's important you feel heard here.",
      ],
    },
  },
  {
    id: 'directive/i-want-you-to',
    family: 'directive',
    miCode: 'persuade',
    severity: 'warning',
    appliesTo: ['author', 'counselor'],
    match: [
      "<(i|we) {ADV} (want|need|expect|would like|'d like|would want|'d want|am asking|'m asking|are asking|'re asking|am telling|'m telling|are telling|'re telling|am begging|'m begging|am advising|'m advising|am urging|'m urging) (you|everyone|everybody|each of you|all of you|you all|you both|you guys) to> {ADV} {VERB}",
      // "I expect you to be on time", "I need you to be honest with me"
      `<(i|we) {ADV} (want|need|expect|would like|'d like) (you|everyone|everybody|each of you|all of you|you all|you both) to be> {ADV} ${BE_TRAIT}`,
      "<(i|we)('m| am|'re| are|'ll| will) {ADV} (going to |gonna )?need (you|everyone|everybody|each of you|all of you|you all) to> {ADV} {VERB}",
      "<what (i|we) {ADV} (need|want|expect) from you (is|are)>",
      // the change the counselor wants to see: "I'd like to see you get to two meetings", "I want to see you back on your pills"
      "<(i|we) {ADV} (want|need|expect|would like|'d like|would love|'d love) to see you> {ADV} {VERB}",
      "<(i|we) {ADV} (want|need|expect|would like|'d like|would love|'d love) to see you> (back on|off) (your|the|those|that|this)",
      "<(i|we)('m| am|'re| are) {ADV} (going to|gonna) ask you to> {ADV} {VERB}",
      // a group's rule said as the counselor's expectation: "We expect all members to arrive sober"
      "<(i|we) {ADV} (expect|need|require|ask) (all )?(members|participants|group members|clients|everyone here) to> {ADV} {VERB}",
      "<i('d| would) {ADV} want you (both |all |two |guys )?to> {ADV} {VERB}",
      "<i {ADV} (want|need|expect) you (both|all|two|guys) to> {ADV} {VERB}",
      // the result the counselor expects: "I'm hoping that you're gonna be able to tell me you went to the gym"
      "<i('m| am) {ADV} (hoping|expecting) (that )?you('re| are)> (going to|gonna) {ADV} (be able to )?{WORD}",
      // a wish for the change the counselor wants ("I wish you'd quit", "I hope you consider quitting")
      "<i {ADV} (wish|hope) (that )?you('d| would| will|'ll)?> {ADV} (consider|reconsider|quit|stop|listen|heed|cut|give up|think about|take|try|go|call|get (some |professional )?help|see a|seek|reach out|change|make)",
    ],
    // "I want you to know…", "I'd like you to tell me more": support and evocation, not orders.
    verbNot: [
      'know', 'feel', 'understand', 'tell', 'share', 'describe', 'imagine', 'picture', 'think', 'talk', 'say', 'walk', 'help', 'be', 'remember', 'notice', 'rate', 'consider',
      // after "to see you": a visit or a wish for the client, not a task ("I'd like to see you again", "I want to see you succeed")
      'again', 'soon', 'later', 'then', 'there', 'here', 'back', 'on', 'in', 'at', 'after', 'before', 'every', 'each', 'succeed', 'thrive', 'happy', 'do', 'well', 'smile', 'grow', 'healthy', 'safe', 'now', 'for', 'when', 'this', 'next', 'once', 'twice', 'weekly', 'monthly',
    ],
    unless: MI_LOOKALIKES,
    message: 'Directive: "I want you to…" puts the counselor\'s goal in place of the client\'s.',
    why: WHY_ADVICE,
    source: SOURCE,
    fixes: DIRECTIVE_FIXES,
    examples: {
      flag: [
        "I'd like to see you get to two meetings this week.",
        "I want to see you back on your pills by Monday.",
        'I want you to stop drinking for a week.',
        'I need you to call me every day.',
        "I wish you would quit drinking.",
        "I hope you really listen to what I'm telling you.",
        "I'm hoping that you're gonna be able to tell me you went to the gym.",
        'I expect you to be on time for every session from now on.',
        'We need you to get your urine screen done by Wednesday.',
        'I want everybody to write down one trigger before we leave.',
        "I'm going to need you to stop skipping group.",
        'What I need from you is a negative screen next week.',
        'We expect all members to arrive sober.',
        "I'm going to ask you to hold off on vaping until Friday.",
      ],
      pass: [
        "I'd like to see you again next week.",
        "I want to see you succeed, whatever you decide.",
        'I want you to know that I am here for you.',
        "I'd like you to tell me more about that.",
        'I hope you feel better soon.',
        'I hope you have a good week.',
        'We want you to feel comfortable here.',
        'I want everyone to know that this group is confidential.',
        "I'm going to ask you to tell me more about that.",
      ],
    },
  },
  {
    id: 'directive/make-sure',
    family: 'directive',
    miCode: 'persuade',
    severity: 'warning',
    appliesTo: ['author', 'counselor'],
    match: [
      '^ <(please )?(make sure|be sure|don\'t forget|do not forget|remember) (you|to|that you|your|that your)>',
      // "Just a friendly reminder to log your readings"
      "^ <(just )?(a |one )?(friendly |quick |gentle |little |final )?reminder to> {VERB}",
      // the counselor's "let's" with the client as the one who acts: "Let's get you to stop drinking soda"
      "^ <let's {ADV} make sure (that )?(you|your|you're|you are)>",
      "^ <(let's|we're going to|we are going to|we'll|we will|we're gonna) {ADV} get you to> {ADV} {VERB}",
      // "Let's have you cut back to one coffee": the counselor's plan, the client's act
      "^ <let's {ADV} have you> {ADV} {VERB}",
    ],
    // a fact to keep in mind, not a task: "Please remember that you are not alone in this"; a note to oneself
    except: ["let's {ADV} have you (fill|rate|sign|read|look|take a seat|sit|step|hop|wait|answer|start by|tell|share|describe|talk|think|imagine|picture|come)", "reminder to (myself|me|self|us)", "remember (that )?you('re| are|'ve| have) (not|never|only|human|doing|worth|loved|a |an |already|so|more|enough|strong|brave)"],
    unless: ['permission', 'autonomy', 'third-person-note', 'question'],
    message: 'Directive: an instruction to the client.',
    why: WHY_ADVICE,
    source: SOURCE,
    fixes: DIRECTIVE_FIXES,
    examples: {
      flag: [
        "Let's have you cut back to one coffee in the morning.",
        'Make sure you take your pills with food.',
        "Don't forget to log every drink.",
        'Make sure your expectations are realistic.',
        "Let's make sure you're taking the inhaler every day, okay?",
        "Let's get you to stop drinking soda altogether.",
        'Hey, please make sure you take your evening dose tonight.',
        'Just a quick reminder to bring your insurance card.',
        "We're going to get you to quit vaping by spring.",
      ],
      pass: ["Let's have you fill out the intake form first.", 'Remember when you ran that race?', 'Plan: make sure to follow up on labs.', 'Please remember that you are not alone in this.', 'Reminder to self: ask about her sister.', "We'll get you a ride home."],
    },
  },
  {
    id: 'directive/recommend',
    family: 'directive',
    miCode: 'persuade',
    severity: 'warning',
    appliesTo: ['author', 'counselor'],
    match: [
      "<i {ADV} (would |'d )?{ADV} (often |usually |generally |always |typically |highly |personally )?(recommend|suggest|advise|urge|encourage|insist)> (that )?(you|your|{VERB})",
      "<i {ADV} (would |'d )?{ADV} (recommend|suggest|advise)> to (not )?{VERB}",
      // the same advice behind a modal or aspect: "I'm going to recommend that you…", "I'd like to suggest you…",
      // "I have to insist that you…", "I'm strongly recommending the IOP"
      "<(i('m| am) {ADV} (going to|gonna)|i('d| would) {ADV} (like|want|have) to|i {ADV} (want|have|need) to|i('ve| have) {ADV} got to|i('ll| will)) {ADV} (strongly |highly |really )?(recommend|suggest|advise|insist)> (that )?(you|your|the|a|an|some|{GERUND})",
      "<i('m| am) {ADV} (strongly |highly |really )?(recommending|suggesting|advising|insisting)> (that )?(you|your|the|a|an|some|{GERUND})",
      // (urging and encouraging take the client and the act: "I want to encourage you that…" reassures)
      "<(i('m| am) {ADV} (going to|gonna)|i('d| would) {ADV} (like|want|have) to|i {ADV} (want|have|need) to|i('ve| have) {ADV} got to|i('ll| will)) {ADV} (strongly |really )?(urge|encourage) you> to {VERB}",
      "<i('m| am) {ADV} (strongly |really )?(urging|encouraging) you> to {VERB}",
      // what the counselor would do in the client's place: "I would gently tell your father that…"
      "^ <i('d| would)> {ADV} (gently |probably |definitely |first |personally )?(talk to|tell|ask|call|go to|try|find|look into|look at|look for|look to|consider|check out|reach out|leave|write|keep a|stop|avoid|seek|set|sit down|start by|start with|get rid|move out|let (him|her|them) know|cut (him|her|them|it|back|down|off|ties)|block|delete|report|quit|break up|walk away|see a|see your|get (a|an|some|out|help|away)|make (a|an|sure)|speak (to|with)|consult|contact|document|file|confront|journal|wait (until|till|a))",
      '<my {ADV} (strong |honest |best |professional |personal |firm |clinical )?(advice|suggestion|recommendation) (is|would be|for you is)>',
      // any advice noun as the subject, with what it names to do: "My biggest suggestion for you would be to…",
      // "My only tip would be to…", "Our main recommendation is that you…", "My strong encouragement is to…"
      "<(my|our) {ADV} (strong |strongest |honest |best |biggest |big |main |first |only |top |number one |one |general |real |sincere |gentle |professional |personal |clinical )?(advice|suggestion|recommendation|tip|encouragement|piece of advice|advice to you|suggestion to you)( for you| to you| here| for now)? (is|would be|will be)> (to|that you|for you to|{GERUND})",
      // the one course named by a superlative: "The most effective way to handle panic is to breathe…",
      // "The first thing to do is to…", "The most important thing I can tell you, though, is to…"
      `<the ${BEST_COURSE} … (is|would be|will be)> (to|for you to)`,
      // the advice itself named as the best or only one: "The best advice I can give you is to…", "One of my main suggestions would be to…"
      "<the (best|most important|only|biggest|one|main|first) (advice|piece of advice|suggestion|tip|recommendation)( (that )?i (can|could|would|'d) {ADV} (give|offer|make) (you)?)? (is|would be)> (to|that you|for you to|{GERUND})",
      "<one of my (main |biggest |best |first |top |strongest )?(suggestions|recommendations|tips|pieces of advice) (is|would be)> (to|that you|for you to|{GERUND})",
      `<the ${BEST_COURSE} (is|would be|will be)> (to|for you to|{GERUND})`,
      "<you('d| would) {ADV} (be (smart|wise|well advised|well-advised|crazy not|foolish not|silly not)|do well)> to",
      "<here's (the|my|your) plan> you {VERB}",
      "<i {ADV} (would |'d )?{ADV} (often |usually |generally |always |typically |highly |personally )?(recommend|suggest)> (the|a|an|this|that|some|these|those|{GERUND})",
      "<what i('d| would) {ADV} do( in your (position|shoes|place|situation)| if i were you| if i was you)? is>",
      // the advice without its subject: "Best to stay away from the bar", "Better not to tell him yet"
      "^ <(probably |definitely |always |usually )?(best|better|smarter|safer|wiser) (not )?to> {VERB}",
      "<(here's|here is|this is) what you (do|need to do|should do|can do|could do|'re going to do|are going to do|'ll do|will do|have to do|gotta do)>",
      // the counselor's plan for the client: "Here's what I want you to do", "This is what I need from you"
      "<(here's|here is|this is) what (i|we) {ADV} (want|need|'d like|would like|expect) (you to (do|try)|from you)>",
      // a task assigned: "Your homework this week is to go to two meetings"
      "<your (homework|assignment|task|job|mission|challenge)( for| this)? … (is|will be) to> {VERB}",
      "<(your|the) best bet (is|would be)> (to|{GERUND})",
      // what the client is told matters most: "The most important thing is that you keep taking your meds"
      "<the (most important|important|main|key|biggest|only) thing( right now| for you| here)? (is|would be)> (that you|to|for you to|{GERUND})",
      // ("the first step here is that you are taking responsibility" describes; only a step to take advises)
      "<(the|your) (first|next|best|immediate) step( right now| for you| here| now)? (is|would be|should be|needs to be|will be)> (to|for you to|{GERUND})",
      // what the client should put first: "Your priority should be to get some sleep", "Your focus needs to be on…"
      "<your (first |main |top |number one |only |biggest |real )?(priority|focus|goal|aim|job) (should|needs to|has to|must|ought to) be> (to|on|{GERUND})",
      "<the best thing (for you|you can do|you could do|to do|would be)> (is|would be)?",
      "<the best thing (is|was)> (to|{GERUND})",
      // any judgement of the one right course: "The smart move would be to pay off the card", "Your safest option is to…"
      "<(the|your) (smart|smartest|wise|wisest|right|safest|safe|sensible|healthiest|responsible|logical|obvious|best|simplest|easiest) (move|thing|choice|option|call|play|plan|step|approach|course of action|answer|solution|idea|bet)( for you| here| right now| now)? (is|would be|will be)> (to|that you|for you to|{GERUND})",
      "<the (best|first|most important|only) thing (that )?you (both |two |all )?(can|could|should|need to) do> (is|would be|right now)",
      "<(if i were you|if i was you|if it were me|if it was me|if that were me|if that was me|(if i were |if i was )?in your (shoes|position|place|situation)), i('d| would)>",
      "<you('d| would| might| may)? {ADV} be {ADV} better off> (without|not|if|with|quitting|stopping|leaving|cutting|getting|staying|going|just)",
      // the clinic or team as the one advising: "We strongly recommend that you…", "Our team recommends…",
      // "We'd advise you to…", "The clinic recommends that patients…"
      "<(we|the (clinic|team|office|practice|doctor|doctors|staff|nurses)|our (team|clinic|office|practice|doctors|staff|nurses|providers)|your (care )?team) {ADV} (would |'d )?{ADV} (strongly |highly |really |always |generally |usually )?(recommend|recommends|suggest|suggests|advise|advises|urge|urges)( that)?( all)?( patients| parents| families| caregivers)?> (you|your|{VERB}|{GERUND})",
      // chat spelling without the apostrophe: "Id recommend starting low", "Id suggest talking to your boss"
      "<id {ADV} (strongly |highly |really |definitely )?(recommend|suggest|advise|urge)> (that )?(you|your|the|a|an|to|{VERB}|{GERUND})",
      // advice named for a group the reader belongs to: "My top recommendation for new parents is to…"
      "<(my|our) {ADV} (strong |best |biggest |main |first |only |top |number one |one )?(advice|suggestion|recommendation|tip) for (new |first-time |young |older )?{WORD} (is|would be|will be)> (to|that you|{GERUND})",
      // a rule for the group the handout's reader belongs to, as a whole sentence's subject:
      // "Patients should not drive for 24 hours", "Parents need to…" (a note's "Client should follow up" names one client)
      "^ <(all )?(patients|parents|caregivers|carers|smokers|drinkers|students|moms|mothers|dads|fathers|moms-to-be|mothers-to-be|families|adults|teens|teenagers|women|men|people with {WORD}|anyone with {WORD}|everyone with {WORD}) {ADV} (should|must|need to|have to|ought to)( not|n't)?> {ADV} {VERB}",
      // the group's own rule: "Everyone must put phones away during session", "Members are expected to arrive sober"
      "^ <(everyone|everybody|members|participants|residents|all members|all participants|all residents|group members|program participants|all group members|each member|each participant|each resident) {ADV} (must|mustn't|should|shouldn't|(is|are) (required|expected) to)( not)?> {ADV} {VERB}",
      "^ <(everyone|everybody|members|participants|residents|all members|all participants|all residents|group members|program participants|all group members|each member|each participant|each resident) {ADV} (must|mustn't|should|shouldn't|(is|are) (required|expected) to)( not)?> {ADV} be (in|at|on|back|home|up|out|ready|present|dressed|sober|quiet|seated|on time)",
      // the speaker's own story as the instruction: "Do what I did and get a sponsor", "Take it from me: …"
      "^ <(do (what|as) i did|learn from my (mistakes|mistake|experience))( and|{COMMA})> {ADV} {VERB}",
      "^ <take it from me> {CLAUSE}? {ADV} {VERB}",
      // the plan or goal set for the client: "The plan is for you to taper…", "The goal here is to get you into treatment"
      "<(the|our|my) (plan|goal|idea|aim|expectation)( here| for now| now| for you| this week| right now)? (is|will be|would be)> (for you to|to get you (into|to|back|off|on|onto|through|started|out|in|in to|down|up)|to have you (off|on|back|in|out|at|down|up|{GERUND}))",
    ],
    // empathy, not advice: "If it were me, I'd be furious too"
    except: [
      "(if i were you|if i was you|if it were me|if it was me|if that were me|if that was me|in your (shoes|position|place|situation)), i('d| would) {ADV} (be|feel|have (been|felt|done)|want to know|wonder)",
      // the client's own values, not a course: "The most important thing to you is to be a good father"
      `the ${BEST_COURSE} to (you|him|her|them) (is|are|was|would be)`,
      // information for the group, not a task: "Parents should know that tantrums are normal"
      "^ (all )?(patients|parents|caregivers|carers|smokers|drinkers|students|moms|mothers|dads|fathers|families|adults|teens|teenagers|women|men|people with {WORD}|anyone with {WORD}|everyone with {WORD}) {ADV} (should|must|need to|have to|ought to) {ADV} (know|hear|understand|realize|feel|be told|be aware)",
      "^ (everyone|everybody|members|participants|residents|all members|all participants|all residents|group members|program participants|all group members|each member|each participant|each resident) {ADV} (must|should|(is|are) (required|expected) to) {ADV} (know|hear|understand|realize|feel|be told|be aware|decide|choose|find|get to)",
      // the purpose of the work described, not a task: "the goal is for you to feel comfortable giving feedback"
      "(plan|goal|idea|aim) … (is|will be|would be) for you to {ADV} (feel|be able to|decide|choose|explore|understand|find out)",
    ],
    unless: ['permission', 'autonomy', 'reflection-frame', 'question'],
    message: 'Directive: advice given without asking permission.',
    why: WHY_ADVICE,
    source: SOURCE,
    fixes: DIRECTIVE_FIXES,
    examples: {
      flag: [
        'I recommend that you go to AA.',
        'I would strongly suggest cutting back.',
        'My advice is to find a new group of friends.',
        "If I were you, I'd move out.",
        'The best thing you can do is stop hanging out with them.',
        "You'd be better off without them.",
        'I suggest to talk to him about how you feel.',
        'I would gently tell your father that you have decided to stay.',
        'I would check out agencies that offer low-cost counseling.',
        'The best thing you both can do is seek professional help.',
        'Personally, I would cut them off.',
        'The best thing is to cut contact with her completely.',
        'I highly recommend the book Feeling Good.',
        'What I would do is talk to a lawyer.',
        'The first step is admitting you have a problem.',
        'The most important thing is that you keep taking your meds.',
        'Your best bet is to talk to HR.',
        'Your homework this week is to go to two AA meetings.',
        'My strong advice is to stay away from your ex.',
        'The important thing is for you to keep taking your medication.',
        "You'd be smart to start saving now.",
        "Here's the plan: you go to bed by ten and you get up at seven.",
        "If it were me, I'd talk to a lawyer first.",
        'You would do well to rest this week.',
        "Here's what you're going to do: wake up at seven and apply for three jobs.",
        "I'm going to recommend that you enroll in the evening group.",
        "I'd like to suggest you cut back to two cups of coffee.",
        "Here's what I want you to do: walk ten minutes after lunch.",
        "The smart move would be to pay the rent first.",
        "Your safest option is to stay at your sister's.",
        'My biggest suggestion for you would be to seek out a professional counselor.',
        'My only tip would be to stop comparing yourself to your coworkers.',
        'The most effective way to handle panic is to breathe slowly and let it pass.',
        'The most important thing I can tell you, though, is to discuss this with your therapist.',
        'The first thing to do is to set a regular bedtime.',
        'Your next step should be to call your insurance company.',
        'Your priority should be to get some sleep.',
        'What I would do in your position is find a support group.',
        'The best advice I can give you is to stop drinking before bed.',
        'One of my main suggestions would be to keep a sleep diary.',
        'Your first priority needs to be getting some sleep.',
        'Our clinic strongly recommends that you bring a list of your medicines.',
        'Id suggest writing it all down tonight.',
        'My main tip for first-time dads is to take the night feeds in turns.',
        'Teenagers should not drive with friends in the car for the first six months.',
        'Do what I did and delete the app.',
        'Take it from me, get a sponsor this week.',
        'The plan is for you to call me every Friday.',
        'Everybody must turn their phones off during group.',
        'Group members are expected to arrive sober.',
      ],
      pass: [
        'Would it be OK if I made a suggestion? I would suggest cutting back on weekdays first.',
        "If you'd like, I can suggest a few options — it's your call.",
        'You feel like you would be better off without them.',
        'I would like to hear more about that.',
        'I would imagine that was hard.',
        "If it were me, I'd be furious too.",
        "If I were you, I'd probably feel the same way.",
        'The most important thing to you is to be a good father.',
        'The first thing I noticed is that you care a lot about her.',
        'You said the first step is to tell your wife.',
        'You said the best advice you ever got was to slow down.',
        "You've found that the easiest way to relax is to read.",
        'Would it help if I shared my biggest suggestion? It would be to call your doctor.',
        "We recommend whatever you feel comfortable with, if and when you want to.",
        'Client should follow up with PCP regarding blood pressure.',
        'Parents often worry about screen time; how is it going at your house?',
        "Your goal is to get back to work by March, and you've already started.",
        'Id like to hear more about that.',
        'Parents should know that tantrums are normal at this age.',
        'Our goal is to get you what you need.',
        'Everyone should feel heard in this group.',
        'In our sessions, the goal is for you to feel comfortable telling me what is not working.',
      ],
    },
  },
  {
    id: 'directive/advice-as-question',
    family: 'directive',
    miCode: 'persuade',
    severity: 'warning',
    appliesTo: ['author', 'counselor'],
    match: [
      "^ <why (don't|do not) you {ADV} {VERB}>",
      '^ <why not {ADV} {VERB}>',
      "^ <(don't you think|wouldn't it be better if) you>",
      "^ <(don't you think|do you not think) (it's|it is) {ADV} time>",
      "^ <(isn't it|is it not) {ADV} (about |high |past )?time> (you|for you|to|that)",
      "^ <wouldn't it be (better|best|easier|smarter|wiser)> (to|if)",
      "^ <wouldn't you (be|feel) {ADV} (better|happier|healthier|safer|calmer|better off)> (if|to|with|without)",
      "^ <shouldn't you {ADV} (be )?{VERB}>",
      "^ <aren't you {ADV} supposed to {ADV} (be )?{VERB}>",
      "^ <(don't you think|do you not think) (it'd|it would|it'll|it will|it might) {ADV} be (better|best|easier|smarter|wiser|safer|healthier|a good idea)> (to|if)",
      // "How about setting your own expectations?": a suggestion in a question's clothes
      '^ <how about> (you )?{GERUND}',
      '^ <how about you {ADV} {VERB}>',
      // the change made to sound small, asked as a question: "Have you thought about just not going?",
      // "Can't you just take the stairs?", "What if you simply stopped buying it?"
      "^ <(have you {ADV} (ever )?(thought about|considered|tried|thought of)|did you {ADV} (ever )?(think about|consider|try)|what about|what if you|could you|can't you|couldn't you|can you|why can't you|why couldn't you|would you|wouldn't you|will you|won't you) (just|simply|at least) (not )?({VERB}|{GERUND})>",
      // a leading question whose answer is the change: "Don't you want to be around for your grandkids?",
      // "Wouldn't you rather spend it on your kids?", "Why would you keep going to that bar?"
      "^ <(don't|do not) you {ADV} want to> (be|{VERB})",
      "^ <wouldn't you {ADV} (rather|prefer to|like to|want to|love to)> {VERB}",
      "^ <why would you {ADV} (keep|continue|risk|throw away|waste|go back|put up with|let|ever|even)>",
    ],
    verbNot: ['think', 'want', 'like', 'feel', 'ever', 'know', 'believe', 'tell me', 'are', 'were', 'do', 'did', 'have'],
    // "Why don't you tell me more?", "Why not walk me through it?": the client is invited to talk, not told to act
    except: [
      "(why (don't|do not) you|why not|how about you) {ADV} (tell|share|describe|talk|walk|say|fill|catch|explain|give) (me|us|with me|to me|about|a (bit|little)|more|what|how|why|where|when)",
      "(why (don't|do not) you|why not|how about you) {ADV} start (by|with) (telling|sharing|describing|talking|walking|saying|explaining|giving|filling)",
      "(why (don't|do not) you|why not|how about you) {ADV} start (from the beginning|at the beginning|wherever)",
      "(could|can|would) you (just|simply) (tell|share|describe|talk|walk|say|explain|give|fill|help|clarify|remind|sit|hang|hold|wait|bear|let|stay with|breathe|notice|listen to (me|what))",
    ],
    unless: ['permission', 'autonomy', 'reflection-frame'],
    message: 'Directive: advice disguised as a question.',
    why: WHY_ADVICE,
    source: SOURCE,
    fixes: DIRECTIVE_FIXES,
    examples: {
      flag: [
        "Have you ever considered just not keeping it in the house?",
        "Can't you simply take it with breakfast?",
        "Why don't you just quit?",
        'Why not try going to a meeting?',
        "Don't you think you should cut back?",
        'How about setting your own expectations for yourself?',
        "Why don't you just tell him no?",
        'How about you take a week off from drinking?',
        "Isn't it time you moved out of your mother's place?",
        "Don't you think it would be smarter to just sell the car?",
        "Wouldn't you feel better if you got some sleep?",
        "Shouldn't you be resting more?",
        'Why not start with one less beer a night?',
      ],
      pass: ['Could you just tell me a bit more about that night?', 'Have you thought about what you want to do?', "Shouldn't you have heard from them by now?", "Why don't you start by telling me what brought you in?", 'Is it time to take a break?', "Why don't you tell me more about that?", 'What would you like to try?', "Why don't you fill me in on what's been going on?", 'How about your family, how are they?'],
    },
  },
  {
    id: 'directive/warning',
    family: 'directive',
    miCode: 'persuade',
    severity: 'warning',
    appliesTo: ['author', 'counselor'],
    match: [
      `<(if you (keep|continue|don't|do not|won't|will not|go on|carry on|skip|miss|never)|unless you) … you('ll| will| are going to|'re going to| could| might| may| are gonna|'re gonna)> {ADV} ${HARM}`,
      // the consequence first: "You'll end up back in the hospital if you don't take your meds"
      `<you('ll| will| are going to|'re going to| could| might| are gonna|'re gonna) {ADV} ${HARM}> … (if you (keep|continue|don't|do not|won't|go on|carry on|skip|miss|never)|unless you)`,
      // a sanction others will impose: "If you don't pay the fine, they will issue a warrant"
      "<(if you (don't|do not|won't|keep|miss|skip|fail to)|unless you) … (they|the court|the judge|your (po|probation officer|parole officer|landlord|boss|employer|school)|cps|the landlord|the school)('ll| will| are going to|'re going to| is going to|'s going to| could| can| might)> {ADV} (issue|revoke|violate|arrest|evict|fire|terminate|take|cut off|close|report|drop|kick|suspend|garnish|repossess|expel|send you)",
      `<you('ll| will| are going to|'re going to| could| might| are gonna|'re gonna) {ADV} ${HARM}> … if (this|that|it) (keeps|continues|goes on|happens again)`,
      `<if you … (like (this|that)|(this|that) (way|much))> {COMMA} you('ll| will| are going to|'re going to| could| might| are gonna|'re gonna) {ADV} ${HARM}`,
      // no way out but the change: "There's no way you can keep this job unless you show up sober"
      "<there('s| is) no way (that )?you('ll| will| can| could|'re going to| are going to)> … unless you",
      // "You can't keep skipping school and expect to graduate"
      "<you (can't|cannot) {ADV} (keep|continue|go on) … and (expect|hope|think)> (to|that|you)",
      // the habit told it cannot go on: "You can't keep missing appointments", "you cannot continue skipping doses"
      "<you (can't|cannot) {ADV} (keep|continue|go on) (on )?{GERUND}>",
      "<you('re| are) {ADV} (going to|gonna) (die|kill yourself|end up dead|end up in jail|end up in the hospital|lose everything|lose your|hurt yourself|hurt someone|hurt somebody|get hurt|get yourself killed|regret (it|this|that))>",
      "<(could|can|will|'ll|might|would) {ADV} kill you>",
      "<(is going to|will|'ll|could|can) {ADV} (get you killed|catch up (with|to) you)>",
      "<(if you (don't|do not|keep|continue|won't)|unless you) … (it|things|this|that|your {WORD} {WORD}? {WORD}?)('ll| will|'s| is|'re| are) {ADV} (going to |gonna )?{ADV}> (keep )?(get worse|getting worse|kill you|catch up|end badly|spiral|spiraling|give out|fail|failing|suffer|suffering|fall apart|falling apart|decline|declining|deteriorate|deteriorating|go downhill|going downhill)",
      "<you('ll| will| are going to|'re going to|'re gonna| are gonna) {ADV} regret (it|this|that)>",
      "<you('re| are) {ADV} playing with fire>",
      "<(under no circumstances|on no account|in no case) (should|must|can|are|do) you>",
      // the stake named: "You're risking your kids by driving like that", "you're gambling with your license"
      "<you('re| are) {ADV} (risking|jeopardizing|endangering|gambling with) (your|the)>",
      "<you('re| are) {ADV} putting (your|the) {WORD} {WORD}? (at risk|in danger)>",
      // as a whole sentence only: "you can't keep drinking this way and reach your goals" points at a discrepancy
      "<you (can't|cannot) {ADV} (keep|go on|continue) (living |doing |drinking |using )?(like this|like that|this way|that way)> $",
      // the body as the one that cannot go on: "your liver can't take much more of this"
      "<your (body|liver|heart|lungs|kidneys|brain|health) (can't|cannot|won't|will not) (take|handle|survive|keep up with|hold out|last|keep going)>",
      // "Be careful", "That's dangerous": a warning about what the client is doing
      '^ <be {ADV} (very |extra |really |more )?(careful|cautious)>',
      "^ <(that's|that is|this is|it's|it is|what you're doing is) {ADV} (very |really |so |extremely |incredibly )?(dangerous|risky|deadly|playing with fire|a recipe for disaster|a slippery slope)>",
      "<you (could|might|will|'ll|can) {ADV} (get arrested|get a dui|get another dui|go to jail|go to prison|end up in jail|end up in prison|end up in the hospital|end up dead|overdose|die|kill yourself|kill someone|kill somebody|hurt someone|hurt somebody|get fired|get expelled|get kicked out|lose your (job|license|kids|children|family|house|teeth|liver|life))>",
      // the habit itself told to end: "your drinking needs to stop now", "they need to stop immediately"
      "<((your|the) (drinking|smoking|using|use|gambling|partying|drug use|alcohol use|tobacco use|vaping)|it|this|that|they) {ADV} (has|have|needs|need) to stop> (now|immediately|today|right now|right away|completely|for good)",
      // concern used as pressure: "I'd hate to see you lose your teeth over this"
      "<i('d| would) {ADV} hate (to see|for) you>",
      "<you('re| are) {ADV} (not|never) {ADV} (ever )?(going to|gonna) (be able to (handle|cope|manage|keep)|get into|make it|graduate|pass|get better|get well|keep your|get anywhere)>",
      "<you (won't|will not|will never|'ll never|can't|cannot|will) {ADV} (ever )?(get anywhere|get better|get well|make it|move on|heal)> (if|until|unless|by|as long as)",
      // a lost outcome as the warning: "You won't graduate unless you…", "You'll never get your kids back if you keep using",
      // "You'll lose custody unless you…"
      "<you (won't|will not|will never|'ll never|can't|cannot|'re not going to|are not going to|aren't going to) {ADV} (ever )?(graduate|pass|finish|get (your|the) {WORD} back|keep (your|the) {WORD}|see (your|the) {WORD})> … (if you|unless you|until you|as long as you)",
      // the comparative correlative that pushes: "The sooner you quit, the better.", "The less you drink, the better you'll sleep"
      // (an evaluative second half only: "The more you avoid them, the more they come back" explains)
      "^ <the (sooner|earlier|more|less|longer|fewer|faster|quicker|more often|less often) you> … {COMMA} the (better|sooner|easier|harder|worse|healthier|happier|safer|longer)",
      // "You can't afford to keep missing appointments", "you can't afford not to…" (not money: "…to keep paying")
      "<you {ADV} (can't|cannot|can not) {ADV} afford (not )?to> {ADV} {VERB}",
      "<you('ll| will|'re going to| are going to) {ADV} lose (custody|your|the)> … (if you|unless you)",
      "<(if you (don't|do not|won't|keep|miss|skip|fail|stop)|unless you) … you (won't|will not|will never|'ll never|'re not going to|are not going to|aren't going to) {ADV} (ever )?(graduate|pass|finish|get (your|the) {WORD} back|keep (your|the) {WORD})>",
      // a sanction the speaker will impose: "If you fail another drug test, I'm going to have to report it"
      // (not the limits of confidentiality: "If you tell me…, I have to report it")
      "<(if you (don't|do not|won't|keep|miss|skip|fail|test positive|relapse|use again|drink again)|unless you) … i('m| am) {ADV} (going to|gonna) (have to )?(report|call|notify|discharge|write you up|tell (the|your))>",
      "<you('ll| will|'re going to| are going to) {ADV} end up (back )?(in|at)> … (if you|unless you)",
    ],
    // a discrepancy pointed at, not a warning: "you can't keep drinking this way and reach your goals"
    except: [
      // a story told, not pressure: "The more you told me, the better I understood"
      "^ the (sooner|earlier|more|less|longer|fewer|faster|quicker) (often )?you … {COMMA} the {WORD} (i|we|it was|things were|they were)",
      // money, not pressure: "you can't afford to keep paying for the program"
      "you {ADV} (can't|cannot|can not) {ADV} afford (not )?to {ADV} (pay|buy|spend|rent|hire|keep paying|keep buying|take time off)",
      "you (can't|cannot) {ADV} (keep|continue|go on) … … and (reach|achieve|meet|get|have|keep|be|stay|become|make|finish|graduate)",
    ],
    unless: ['reflection-frame', 'question', 'permission'],
    message: 'Directive: a warning meant to scare the client into change.',
    why:
      'Warnings and scare tactics usually raise defensiveness rather than motivation. MI elicits the client\'s own ' +
      'concerns ("What worries you about where this is heading?") or offers information with permission.',
    source: 'MITI 4.2.1 Persuade / Confront (warning with threat); MISC 2.5 Warn',
    fixes: [{ kind: 'rewrite', name: 'warning-to-question' }, { kind: 'rewrite', name: 'share-concern' }],
    examples: {
      flag: [
        "Under no circumstances should you drive on this medication.",
        "If you keep drinking on weekends, your blood pressure numbers are only going to get worse.",
        "You can't keep missing your appointments.",
        "If you keep drinking like this, you'll lose your job.",
        "If you don't take your meds, you'll end up back in the hospital.",
        "If you don't stop vaping, your asthma will get worse.",
        "Unless you cut back, your liver won't hold out.",
        "You're not going to finish the program unless you start coming on time.",
        "You'll lose your apartment if you keep missing rent.",
        'The faster you get the cast off, the happier you will be.',
        "You can't afford not to see a specialist.",
        "If you skip the labs again, you won't keep your spot in the program.",
        "If you miss another session, I'm going to have to call your probation officer.",
        'If you miss court, the judge will issue a warrant.',
        "You'll end up in the hospital if this keeps up.",
        "If you drink like that, you're going to lose your license.",
        'Unless you start checking your sugars, you could lose your eyesight.',
        "You'll end up in the ER again if you keep skipping doses.",
        "There's no way you can keep this job unless you show up sober.",
        "You can't keep skipping school and expect to graduate.",
        "You're going to end up in jail.",
        "You're not even 21 yet, you could get arrested.",
        "If you keep drinking this much, you're not ever gonna get into medical school.",
        "I'd hate to see you wreck your teeth for something like this.",
        'Your drinking and smoking are red flags for me, and they need to stop immediately.',
        'Be careful, those pills are addictive.',
        "That's dangerous, you could overdose.",
        "You're going to hurt yourself if you keep this up.",
        "If you don't get help now, it will only get worse.",
        'Drinking and driving will get you killed.',
        "You'll regret it if you don't.",
        "You can't keep living like this.",
      ],
      pass: [
        "You're afraid you'll lose custody if the relapse comes out.",
        "If you tell me someone is hurting you, I'm going to have to report it.",
        "You're worried you can't afford to keep paying for the program.",
        'The more you try not to think of it, the more you will think of it.',
        "You're saying the sooner you quit, the better you think you'd feel.",
        'The more you told me about it, the better I understood.',
        "You'll be fine if you keep walking every day.",
        "You're worried that if you keep drinking you'll lose your job.",
        'What do you think will happen if you keep drinking?',
        "You're afraid you could lose your license.",
        "You're worried that if you don't take your meds, you'll end up back in the hospital.",
        "What do you think might happen if you don't take your meds?",
        "If you don't want to go, they will understand.",
        "You're worried you'll lose custody if this keeps happening.",
        "You're not going to be able to do all of it at once, and that's okay.",
        'It sounds like that was really dangerous.',
        'Was that dangerous?',
      ],
    },
  },
  {
    id: 'directive/dont',
    family: 'directive',
    miCode: 'persuade',
    severity: 'warning',
    appliesTo: ['author', 'counselor'],
    match: [
      "^ <(please )?(just )?(don't|do not|never) {ADV} {VERB}>",
      // after a clause and a comma: "Whatever you do, don't text him back"
      "^ {WORD} … … … {CLAUSE} <(please )?(just )?(don't|do not|never) {ADV} {VERB}>{NOT_LIST}",
      // after a clause, its comma and "but": "Support her, but don't try to change her" ("…but never got around to
      // it" is the same subject going on); a plea after sympathy: "I know it's hard but please don't drink tonight"
      "^ {WORD} … … … {COMMA} but <(please )?(just )?(don't|do not) {ADV} {VERB}>{NOT_LIST}",
      "^ {WORD} … … … but <please (please )?(just )?(don't|do not|never) {ADV} {VERB}>",
      "^ {WORD} … … … {COMMA} <please (please )?(just )?(don't|do not|never) {ADV} {VERB}>",
      // a prohibition without a verb: "No more fast food during the week, okay?", "No more skipping breakfast",
      // "From now on, no soda after dinner"
      "^ <no (more )?{WORD}> … … {COMMA} (okay|ok|alright|all right|right|deal|understood|got it|agreed|yeah) $",
      '^ <no more {GERUND}>',
      "^ <no more excuses>",
      "^ (from now on|from (today|tonight|tomorrow) on|starting (today|tonight|tomorrow|now|monday|tuesday|wednesday|thursday|friday|next week)|for (this|the next|the rest of the) (week|month|two weeks)) {COMMA}? <no (more )?{WORD}>",
    ],
    verbNot: ['worry', 'hesitate', 'be', 'feel', 'apologize', 'mind', 'know', 'think', 'want', 'wanna', 'get me wrong', 'need'],
    // reassurance or a note, not a prohibition: "No worries, okay?", "No more vomiting since Tuesday"
    // (exceptions drop a match they overlap, so the note words are looked for from the start of the sentence)
    // encouragement, not a prohibition: "Don't give up", "Don't be so hard on yourself", "Don't blame yourself"
    except: [
      "(don't|do not|never) {ADV} (get me wrong|give up|lose hope|blame yourself|be (so |too )?hard on yourself|beat yourself up|be afraid to (ask|reach out|talk))",
      '^ no (more )?(problem|problems|worries|worry|pressure|rush|hurry|judgment|judgement|shame|big deal|thanks|doubt|need) … {COMMA} (okay|ok|alright|all right|right|deal|understood|got it|agreed|yeah) $',
      '^ no more {GERUND} … (since|reported|noted|per|as of|in (the )?(past|last))',
    ],
    unless: ['permission', 'autonomy', 'question', 'third-person-note', 'not-addressed'],
    message: 'Directive: a prohibition addressed to the client.',
    why: WHY_ADVICE,
    source: SOURCE,
    fixes: DIRECTIVE_FIXES,
    examples: {
      flag: ['Support her, but don\'t try to change her.', 'i know it\'s hard but please don\'t drink tonight', 'No more energy drinks after lunch, okay?', 'No more skipping breakfast.', 'From now on, no soda in the house.', "Don't drink before your appointment.", 'Never skip your meds, you know that.', "Just don't drink. It's really that simple.", 'whatever you do, do not text him back'],
      pass: ['You wrote that you want to fix it but never get around to it.', 'They are good at crying but never seem to heal.', 'No worries, okay?', 'No more vomiting since the dose was lowered.', "Don't worry about getting it perfect.", "Don't hesitate to call me if you need anything.", "Don't give up, you've come so far.", "Don't be so hard on yourself.", "I mean, don't get me wrong, I hear you.", 'so you want some action, dont wanna sit around'],
    },
  },
  {
    id: 'directive/group-rule',
    family: 'directive',
    miCode: 'persuade',
    severity: 'warning',
    appliesTo: ['author', 'counselor'],
    // a prohibition under a rule's heading, for a group or a household ("Group rules: no cross-talk", "Here's
    // the deal: no phone after 10"); a note's "No SI/HI" has no such heading
    match: [
      '^ <no (more )?{WORD}>',
      '^ <(nobody|no one|no-one)> {ADV} {VERB}',
      "^ … (here's|here is|this is|these are) (the|my|our) (deal|rule|rules|new rule|new rules|house rule|house rules|ground rules|plan) {CLAUSE} <no (more )?{WORD}>",
    ],
    unless: ['not-a-rule-heading', 'question', 'reflection-frame', 'autonomy'],
    message: 'Directive: a rule laid down for the client or the group.',
    why: WHY_ADVICE,
    source: SOURCE,
    fixes: DIRECTIVE_FIXES,
    examples: {
      flag: ['House rules: no gaming after nine and no phones at the table.', "Alright, here's the deal: no soda on school nights.", 'Ground rules: nobody talks over anyone else.', 'Rules for this program: no visitors after 8 pm.'],
      pass: ['No SI/HI.', 'No more vomiting since Tuesday.', 'Group rules: we decide them together; what would you add?', 'Plan: no changes to medication.', 'Nobody told you that would be this hard.', "You said the house rule is no phones at dinner."],
    },
  },
  {
    id: 'directive/imperative',
    family: 'directive',
    miCode: 'persuade',
    severity: 'warning',
    appliesTo: ['author', 'counselor'],
    match: [
      '^ <(please )?(please )?(just )?{VERB}>',
      "^ i (think|guess|'d say|would say) <(just )?{VERB}>",
      // after an ordering opener the instruction starts at its verb: "First and foremost, cut yourself some slack."
      // a group addressed before its instruction: "Okay folks, everybody grab a worksheet", "All of you, sit down"
      "^ ((folks|guys|everyone|everybody|team) {COMMA})? (everyone|everybody|all of you|each of you|you all|you guys) {COMMA}? <(please )?(just )?{VERB}>",
      '^ (first and foremost|first of all|first thing (tomorrow|in the morning|today)|tomorrow|first|second|third|next|then|most importantly|above all|finally|lastly|instead|otherwise|for now|today|tonight|in the meantime|meanwhile) <(please )?(just )?{VERB}>',
      // after a time phrase without its comma: "After dinner go for a walk", "On Monday call the office", "Every morning write…"
      `^ (right |just |first thing )?(after|before|during|by|on|at|in|over|every|each|this|next|until|till|starting) (the |a |an |this |that |your |each |every |next )?{WORD}? ${TIME_NOUN} <(please )?(just )?{VERB}>`,
      // after an introductory clause: "If you need to relax, go for a walk", "If not, then ask her"
      // (and after the alternative it replaces: "Instead of waiting for it to pass, get up and move", "Rather than trying to…, sit…")
      '^ (if|when|whenever|since|once|as long as|as for|as far as|in terms of|next time|the next time|after|before|while|until|even if|to|instead of|rather than|as soon as) … … … {COMMA} (then )?<(please )?(just )?{VERB}>',
      // a reason, then the instruction it leads to: "Your doctor is the best person to ask, so call them."
      '^ {WORD} … … … {COMMA} so <(please )?(just )?{VERB}>',
      // a clause, then the instruction without a conjunction (a comma splice, common in chat writing): "that
      // sounds rough, try going for walks", "the answer is simple: stop isolating"
      '^ {WORD} … … … {CLAUSE} <(please )?(just )?{VERB}>{NOT_LIST}',
      // sympathy, then "but" and a marked instruction: "that sucks, but honestly just block him", "I'm not sure what
      // he used, but try to…", "i know it's hard but please go to bed earlier". Unmarked, a verb after "but" mostly
      // goes on with the first clause's subject ("They start off upset, but then work through it").
      '^ {WORD} … … … {COMMA} but <(honestly |seriously |definitely |please |just )(please |just )?{VERB}>',
      '^ {WORD} … … … {COMMA} but <(please )?try> (to|not) {VERB}',
      '^ {WORD} … … … but <please (please )?(just )?{VERB}>',
      // a plea after any comma starts an instruction, even after a modal clause, which otherwise reads as a list of
      // verb phrases: "you're gonna be ok, pls go see someone", "you can do this, just take the first step"
      '^ {WORD} … … … {COMMA} <(please (please )?(just )?|just ){VERB}>',
    ],
    // pointers to a text, not to a change: "View full post here", "Click here"
    except: ['^ (view|read|see|click|visit|tap) (the )?(full|entire|whole|complete|original|rest of the|more) (post|article|answer|text|blog|story)', '^ (click|tap) here'],
    imperative: true,
    unless: ['permission', 'autonomy', 'question', 'third-person-note', 'not-addressed', 'reflection-frame'],
    message: 'Directive: an instruction to the client.',
    why: WHY_ADVICE,
    source: SOURCE,
    fixes: DIRECTIVE_FIXES,
    examples: {
      flag: [
        'Offer to help your mom with groceries.',
        'Maintain a regular sleep schedule.',
        "Kindly bring a photo ID to your intake.",
        'Try journaling every night. It helps you see your patterns.',
        'Go to a meeting tonight, you need the support.',
        'Call your sponsor when you get home.',
        'Just take some paracetamol and get some fluids, you will feel better.',
        'Just go!',
        'Please see a therapist who can help you find the root of the anxiety.',
        'Listen to him when he tells you this is how he is.',
        'Look up online what the local hospital offers.',
        'Help him understand why this bothers you.',
        'As for the bills, try talking to some local agencies about payment plans.',
        'So, throw out your cigarettes tonight.',
        'So I think just tell your friends you do not want to do it anymore.',
        'First and foremost, cut yourself some slack.',
        'Have an honest and open conversation with her about how it affects you.',
        'Do some journaling before bed.',
        'Thank your mom for her help and tell her you are moving out.',
        'And if you need to relax, go for a walk, join a moms group, read a book.',
        'If your son is reporting violent thoughts, please have him see a psychiatrist now.',
        'Do you know why? If not, then ask her.',
        'Maybe try journaling before bed.',
        'Instead, try thinking of it as grief.',
        'Your doctor is the best person to talk to, so call them.',
        'The next time he yells, walk out of the room.',
        'Definitely talk to your doctor before changing the dose.',
        'Give yourself a deadline and stick to it.',
        'Okay folks, everybody grab a worksheet and fill out the first page.',
        'Whenever you feel your chest get tight, sit down and breathe slowly.',
        'Instead of waiting for the feeling to pass, get up and do something active.',
        'Rather than trying to stop crying, sit on the couch with it until it is done.',
        'Before you make any decision, talk it over with someone who knows you well.',
        'Do the breathing exercise twice a day.',
        'Please fill out the mood chart every night.',
        'exercise really helps with anxiety, try going for a walk every morning',
        'the answer is always the same: stop isolating and call a friend',
        'Resume your evening walks after dinner.',
        'Set quit date for Friday and tell your family.',
        'Eat, sleep and exercise regularly.',
        'Take your meds tonight, okay?',
        'Do your homework before group.',
        'ugh that sucks, but honestly just block his number',
        "I'm not sure what he used last time, but try to lock the medicine cabinet.",
        "ur gonna be ok, pls go see someone about it",
        "i know it's hard but please go to bed earlier tonight",
      ],
      pass: [
        // nursing tasks on a care item, in a note: the clinician's, not the reader's ("Offer to help your mom" is)
        'Offer fluids every two hours.',
        // a bare noun phrase before "is" is a subject; a modal goes on after its parenthetical; courtesy
        'Post traumatic stress disorder (PTSD) is a very complex issue.',
        'The therapist may, if indicated, wish to add EMDR.',
        'Take good care of yourself!',
        'Allow me to reframe that for a moment.',
        'Sit with that for a moment, okay?',
        'Do your best, that is all anyone can ask.',
        'Anger, which sets us up to defend ourselves, is often a cover for hurt.',
        // a list of nouns before its verb is a subject
        'Work, relationships, and sleep are all affected by the drinking.',
        'Sleep, diet and exercise all matter here.',
        // the first clause's subject goes on after an unmarked "but"
        'Many teens start off upset, but then work their way through it.',
        'Counseling can help your relationship, but also help you both cope.',
        "You're right, but keep going, you've got this.",
        'Maintain NPO after midnight.',
        'Keep on seizure precautions.',
        'Push fluids, monitor output.',
        "Just quit, your doctor says, as if it were that easy.",
        "Come on in and have a seat.",
        "Stop at one drink: that's how you put it last week.",
        'Tell me more about what happened.',
        'Take your time.',
        'Let me know what you think.',
        'Feel free to call if anything comes up.',
        'Help me understand what happened next.',
        'Talk it over with me whenever you are ready.',
        'Sit with that for a moment.',
        'See how that goes for you this week.',
        'Look, I hear how hard this is for you.',
        'Respect, okay. Can you tell me why you picked that one?',
        'Anger also helps us understand that something else is going on.',
        "Look I'm not a professional, but I've been there.",
        'So over the past year, your smoking has increased.',
        'Research tells us that most people who quit try more than once.',
        'And back to that scale, you said you were a two.',
        'I think being honest with yourself is hard.',
        'Have a good week.',
        'Hang in there, you are not alone in this.',
        'Stay strong, your kids are lucky to have you.',
        'Be proud of yourself for reaching out.',
        'Thank you for telling me.',
        'View full post here: https://example.com/blog',
        'If you want, tell me more about it.',
        'When you feel ready, let me know.',
        'If you have any questions, feel free to call.',
        'If you think about it, your kids matter most to you.',
        'Plan: Continue weekly sessions. Client to complete mood log.',
        'Everybody knows how hard the first week is.',
        'Come in and tell me about your week.',
        'Fill me in on how the week went.',
        'Take it one day at a time and do the best you can.',
        'You can kind of work outside, work with younger kids.',
        'Loved ones will try to persuade, convince, and push you.',
        'We will set up another appointment and, um, get our resources together.',
        'Resume lithium 300 mg at bedtime.',
        'Advance activity as tolerated.',
        'Recheck potassium in the morning.',
        'Counsel on medication adherence at each visit.',
        'Use of opioids denied.',
        'Sleep quality poor, wakes at 3 a.m.',
      ],
    },
  },
];
