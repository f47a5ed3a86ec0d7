// Autonomy support: softer advice ("you might want to…", "have you tried…") given without permission or a
// word that leaves the choice with the client. An information-level nudge, with one-step fixes that add
// autonomy support or ask permission first.

import type { RuleDef } from '../types';

// Remedies named as the subject of the advice: "Therapy would really help you", "Counseling is a good option".
const REMEDY =
  '(therapy|a therapist|counseling|couples counseling|a counselor|medication|meds|exercise|meditation|yoga|journaling|a support group|' +
  'support groups|rehab|treatment|a psychiatrist|a professional|a doctor|cbt|dbt|a sponsor|a routine|talking to (someone|somebody|a professional))';

export const autonomyRules: RuleDef[] = [
  {
    id: 'autonomy/advice-without-permission',
    family: 'autonomy',
    miCode: 'persuade',
    severity: 'info',
    appliesTo: ['author', 'counselor'],
    match: [
      "<you {ADV} (could|might|may) {ADV} (want to|wanna|need to|consider|try|think about|look into|start|benefit from)>",
      "<(maybe|perhaps) you (could|can|might)> {VERB}",
      "<it (might|may|would|could|can) {ADV} (help|be helpful|be good|be a good idea|be worth|be wise|be smart|be smarter|be best|be better|make sense|be useful)> (to|if you|for you)",
      // the same without its "it": "Might be smart to start with the gum", "Could be worth trying the patch"
      "^ <(might|may|would|could) {ADV} (be helpful|be good|be a good idea|be worth|be wise|be smart|be smarter|be best|be better|be useful)> (to|if you|for you|{GERUND})",
      "^ <have you {ADV} (ever )?(tried|considered|thought about)> {ADV} (maybe |perhaps )?{GERUND}",
      // a remedy named as a noun: "Have you tried meditation?" ("have you thought about X" often raises a topic)
      "^ <have you {ADV} (ever )?(tried|considered|looked into)> {WORD}",
      // one remedy as the answer: "the only way forward is to quit", "the key is to keep busy", "Exercise is the answer."
      "<(the )?only (way|answer|solution|option|cure|fix|thing that works)( forward| out)? (is|would be)> (to|{GERUND})",
      "<(the )?only way (out of|to|through|past|around)> … (is|would be) (to|by|{GERUND})",
      // the goal named between: "The only way you'll get your kids back is to complete treatment"
      "<(the )?only way (that )?you('ll| will| can| could|'re going to| are going to| are ever going to)> … (is|would be) (to|by|if)",
      // the plan's one condition: "The only way this works is if you stop using", "The only way things get better is to leave"
      "<(the )?only way (this|it|that|things|any of this|treatment|recovery|sobriety|the plan) (works|will work|can work|is going to work|gets better|get better|will get better|changes|will change)> (is|would be|will be) (to|by|if you|for you to)",
      "^ <the (key|answer|trick|secret|solution) is> (to|{GERUND})",
      "<(is|are|might be|could be|may be|would be) (the|your) (only |real |best )?(answer|key|solution|cure|way to go)> (for you)? $",
      // a remedy credited with the help: "Therapy would really help you", "A sponsor could help"
      `<${REMEDY} (would|could|will|might|may) {ADV} (help|make a (big |huge )?difference|be (great|good|helpful|perfect|beneficial|the best thing) for you)>`,
      `<${REMEDY} (is|are|would be|might be|could be) (a|an|the) (great|good|wonderful|excellent|helpful|useful|best) (way|option|idea|place to start|resource|choice|first step)>`,
      "<(is|would be|may be|might be|could be) your best bet>",
      "<you('d| would) {ADV} (greatly |tremendously |hugely |truly )?benefit (greatly |tremendously |a lot |so much )?from>",
      "<(one|another) way (is|would be|may be|might be|could be) to>",
      "<(one|another|a good) way to … (is|would be|may be|might be|could be) to>",
      "<the only (thing|way|answer) (that )?(will|would|can|could) {ADV} (help|work|fix (this|it|that))> (is|would be)",
      "<you('ll| will) {ADV} (want|wanna) to> {VERB}",
      "<you could always> {ADV} {VERB}",
      "<(is|are) (the|your) (only |real |best )?(answer|key|solution|cure|way to go)> {COMMA}",
      "^ <what if you {ADV} (tried|started|stopped|cut|went|called|talked)>",
      // a hedged instruction asked as a question, common in peer replies: "maybe try journaling?"
      "^ <(maybe|perhaps) (just )?(try|look into|consider|check out|talk to|see|get|go|ask|reach out|call|start|give|take|join|find|write|journal|download|switch|cut)>",
      "<one (thing|option|idea) (that )?(you could|that might|that may|that could|that helps|that works) {ADV} (try|do|help|be)>",
      "<you (can|could) {ADV} (try|start by|consider)>",
      "<you (can|could) {ADV}> (start with|begin with|begin by|focus on|work on)",
      // "It's definitely worth talking to your doctor", "It is always worth asking about…"
      "<it('s| is) {ADV} (always |certainly |well |probably )?worth> {GERUND}",
      // a remedy judged good for the client: "Family therapy would be very helpful for you", "… beneficial in your situation"
      "<would be {ADV} (very |extremely |so |incredibly |especially |quite |most )?(helpful|beneficial|useful|valuable|a good idea|a great idea|a good fit|good|great|worthwhile) (for you|for (both|each|all) of you|for you (both|two|all)|in your (situation|case))>",
      "<it (might not|may not|would not|wouldn't|could not|couldn't|mightn't) {ADV} (be a bad idea|hurt)> (to|if you|for you)",
      "<(one|another|a) (good |great |useful |helpful )?(option|idea|strategy|approach|thing to try|thing to do) (would be|is|might be|could be|may be) (to|for you to)>",
      "<one thing (that )?you (could|can|might) {ADV} {VERB}>",
      "<(a|one|my) (good |helpful |useful |first )?(first step|step|start|place to start|way to start|starting point|suggestion) (would be|is|might be|could be) to>",
      "<it('d| would| might| may| could) {ADV} be (best|wise|smart|a good idea|worthwhile|beneficial|better)> (to|for you to|if you)",
      // an adverb inside the frame: "It would be a really good idea for you to…", "It's a very smart idea to…"
      "<it('d| would| might| may| could|'s| is) {ADV} (be )?(a|an) (really |very |truly |so |pretty |super |extremely )?(good|great|smart|wise|excellent) idea> (to|for you|if you)",
      "<it('d| would| might| may| could) {ADV} be {ADV} (really |very |truly |extremely |so |incredibly )?(helpful|beneficial|useful|valuable|important)> (for you to|if you)",
      // an action for the reader judged helpful, as the sentence's subject: "Getting a sleep study would be extremely helpful."
      "^ <{GERUND} … (would|will|could|might) be {ADV} (really |very |truly |extremely |so |incredibly |super |especially )?(helpful|beneficial|useful|valuable|worthwhile|a good idea|a great idea)> (for you|to you)? $",
      "<would be (a|an) (really |very |truly |so |pretty |super |extremely )?(good|great|smart|wise|excellent) idea (for you|for (both|each|all) of you)>",
      "<it('s| is) {ADV} (usually |often |generally |probably |always )?(best|wise|smart|a good idea|better)> (to|for you to|if you)",
      "<(the )?best (course|way|approach|option|thing to do)( of action| forward| through| to start)? (would be|is|might be) to>",
      "<the best way to> … (is|would be) to",
      "<it (might|may|would|could|will|'ll) {ADV} be {ADV} (helpful|useful|beneficial|worthwhile)> (to|for you to|if you)",
      "<it (might|may|would|could|can) {ADV} be worth> {GERUND}",
      "<it('ll| will) {ADV} help> to",
      "<(something|one thing|what) you (can|could|might|may be able to) {ADV} do is>",
      "<(thing|things|what) i (would|'d) {ADV} (suggest|recommend) (is|are|would be)>",
    ],
    // what would help the counselor understand, not the client change: "it would be helpful to hear more"
    except: [
      "it … (help|helpful|useful|worth|worthwhile) (for me |for us )?to (hear|know|understand|learn|get a sense|talk about|talk more|explore|find out|ask|look at)",
      // the counselor's wish to understand, not a course: "Hearing more about that would be really helpful"
      "^ (hearing|knowing|understanding|learning|getting a sense|talking more) … would be",
      "you could always (call|come|talk|reach out|ask|text|message|pm|dm|vent|stop by|come back)",
      // a remark, not a course: "It's worth noting that…"; and a thing the client named: "That would be good for you"
      "it('s| is) {ADV} (always |certainly |well |probably )?worth (noting|mentioning|remembering|saying|pointing out|knowing|repeating|recognizing|acknowledging|emphasizing|adding)",
      // the thing itself judged worth keeping: "If the relationship was a good one, it is worth saving."
      "it('s| is) {ADV} (always |certainly |well |probably )?worth (saving|keeping|fighting for|protecting|holding on to|waiting for) $",
      // a purpose or a question's relative clause, not a course: "…so that you can focus on the rest",
      // "Are there ways you can focus on parts of your body you love?"
      "(so|so that|in order that|ways|way|thing|things|something|issue|issues|area|areas|skill|skills|goal|goals|places|times) (that )?(you|the two of you|both of you) (can|could) {ADV} (start with|begin with|begin by|focus on|work on)",
      // a limit stated, not a course: "you can only work on yourself"
      "you (can|could) only (focus on|work on)",
      "(that|this|which|what) would be {ADV} (very |extremely |so |incredibly |especially |quite |most )?(helpful|beneficial|useful|valuable|a good idea|a great idea|a good fit|good|great|worthwhile) (for you|in your)",
      // history, not a remedy: "Have you tried anything like that before?", "Have you tried to quit?"
      "have you {ADV} (ever )?(tried|considered|thought about|looked into) (to|anything|something|everything|it|that|this|them|him|her|any|other|what|before|suicide|killing|hurting|harming|ending)",
      "have you {ADV} (ever )?(tried|considered) … (before|in the past|already)",
    ],
    unless: ['permission', 'autonomy', 'reflection-frame', 'conditional', 'open-question', 'third-person-note'],
    message: 'Advice without permission or autonomy support: add "Whatever you decide is up to you." or ask first.',
    why:
      'MI allows advice, but as one voice among the client\'s own: ask permission first (Elicit-Provide-Elicit) ' +
      'or make clear the choice is theirs. Emphasizing autonomy lowers defensiveness and is MI-adherent ' +
      '(MITI 4.2.1 Emphasizing Autonomy); advice without it is coded Persuade.',
    source: 'MITI 4.2.1 Persuade vs Persuade with Permission, Emphasizing Autonomy; Miller & Rollnick 2013, ch. 11',
    fixes: [{ kind: 'rewrite', name: 'add-autonomy' }, { kind: 'rewrite', name: 'ask-permission' }],
    examples: {
      flag: [
        "Might be smart to start with the nicotine gum.",
        'You might want to try a meditation app.',
        'Have you tried going to bed earlier?',
        'It might help to write down your triggers.',
        'It might not be a bad idea to reconsider the piercing.',
        'One good option would be to review the bad things about alcohol with them.',
        'One thing you could bring up is how it affects your grades.',
        'A good first step would be to make an appointment with your doctor.',
        'It would be best to consult with a therapist who knows this disorder.',
        'One of the first things I would suggest is to keep track of what makes you anxious.',
        'It is usually best to bring it up at a calm moment.',
        'The best course would be to pay attention to these thoughts.',
        'It could be really helpful to see a counselor about these symptoms.',
        'It might be worth meeting with a therapist for an assessment.',
        'Have you ever tried talking with her when she is not angry?',
        "It's always a good idea to check in with your family doctor.",
        'It can help to take a closer look at how you make decisions.',
        'What you could do is visit the website of the National Institutes of Health.',
        'The best way to find out would be to meet with a psychiatrist.',
        'Have you tried meditation? It helped me.',
        'maybe try journaling? it really helped me sort out my thoughts',
        'Honestly, the only way forward is to quit completely.',
        "The only way you'll get your kids back is to complete treatment.",
        'Have you thought about maybe joining a gym?',
        'The only way out of this is to ask for help.',
        'The only way any of this works is if you show up every week.',
        'The key is to keep busy in the evenings.',
        'Exercise is the answer.',
        'Medication might be the answer for you.',
        'Therapy would really help you.',
        "It'd be a good idea to see a doctor.",
        "It's always better to be honest with your partner.",
        'You could always just move out.',
        'Have you tried cutting back on caffeine?',
        'A support group would be great for you.',
        'Counseling is a good option.',
        'Couples counseling may be your best bet.',
        'It would be a truly great idea to get a second opinion.',
        'It would be really useful for you to track your sleep.',
        'Switching to decaf would be very helpful.',
        'Taking the stairs would be a very good idea for you.',
        'You would benefit tremendously from counseling!',
        'A good start is to pay attention to sleep.',
        'One way to build your confidence is to take a class.',
        'The only thing that will help is to stop using.',
        "You'll want to get that checked out by a doctor.",
        "It's definitely worth talking to your doctor about these side effects.",
        'It is always worth asking your therapist about EMDR.',
        'You can focus on calming techniques like meditation.',
        'You could begin with five minutes of journaling each night.',
        'Family therapy would be very helpful for you and your son.',
        'Medication would be really beneficial in your situation.',
        'Couples therapy would be extremely beneficial for both of you.',
        'You would greatly benefit from a consistent bedtime routine.',
        'You can work on saying no to small requests first.',
      ],
      pass: [
        "It might be smart to talk about the gum, if you're interested.",
        'You might want to try a meditation app, but whatever you decide is up to you.',
        'Would it be OK if I shared an idea? It might help to write down your triggers.',
        'What might help you get to bed earlier?',
        'Hearing more about your week would be really helpful.',
        'You mentioned that getting a sleep study would be really helpful.',
        'It would be helpful to hear more about what happened.',
        'It might be useful for me to understand how your week went.',
        'Have you tried to quit before?',
        'Have you ever tried quitting before?',
        'Have you ever considered suicide?',
        'It sounds like for you the key is to keep busy.',
        "You're thinking the only way you'll get your kids back is to finish treatment.",
        'You feel like the only way this works is if you quit entirely.',
        'And it feels like the only way that you can really stay safe is to not do anything.',
        "What's the answer, do you think?",
        'You could always call me if it gets bad.',
        'Is therapy a good option for you, do you think?',
        'What would help you most right now?',
        "It's worth noting that many people feel this way.",
        "It's worth it to you, even on the hard days.",
        'What would be helpful for you right now?',
        "It sounds like a break would be good for you.",
        "If you'd like, you can start with whatever feels easiest.",
        'If the relationship was a good, healthy one, it is worth saving.',
        'Rebuilding trust will be a priority, so that you can focus on the rest of your relationship.',
        'Are there ways you can focus on parts of your body you love?',
        'You could start wherever feels right to you, or not at all.',
        'It is important that you realize you can only work on yourself.',
        'Are there issues that the two of you can work on?',
      ],
    },
  },
];
