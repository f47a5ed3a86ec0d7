// The rhetorical-question reader: a question put to the client whose answer is taken for granted, so that
// asking it is a verdict. Three shapes:
//   - a negative yes/no question about the client ("Aren't you tired of…?", "Isn't your health worth more than…?",
//     "Didn't anyone ever teach you to…?"): the negation presupposes "yes";
//   - a wh-question with one possible answer ("What's so hard about…?", "Who's going to raise your kids when
//     you're gone?", "What kind of example are you setting?", "Where do you think it came from, thin air?");
//   - doubt put as alternatives ("Are you really X, or are you just Y?").
// Left alone: curious open questions ("What makes it hard to…?"), rulers ("How hard would it be, on a scale…"),
// aspirations ("What kind of father do you want to be?"), recall ("Didn't you mention…?"), tag questions
// ("That's hard, isn't it?"), choices between real options ("in the morning or at night?").

import { alt, type Reader } from './reader';

// The negative auxiliaries a presupposing yes/no question opens with.
const NEG_BE = alt(["aren't", "weren't"]);
// States the client is assumed to be in: shame, fatigue, fear.
const ASSUMED_STATE = alt(['ashamed', 'embarrassed', 'tired', 'sick', 'sick and tired', 'worried', 'scared', 'afraid', 'bothered', 'sorry', 'done', 'fed up']);
// What somebody is assumed to have taught or told the client already.
const TAUGHT = alt(['tell', 'teach', 'warn', 'remind', 'show']);
const TEACHERS = alt(['anyone', 'anybody', 'nobody', 'no one', 'they', 'your {WORD}? {WORD}']);
// What the client is assumed to value more than the habit: "Isn't your marriage worth more than a bottle?"
const WORTH_AFTER = alt(['more', 'it', 'a lot more', 'fighting for', 'staying', 'trying', 'saving', 'changing', 'giving up', 'more to you']);
// Bad events a "who will…" question points at: "when you're gone", "if you lose this job".
const WHEN_BAD =
  "(when|if|after|once) (you('re| are)? {ADV} (gone|dead|locked up|in jail|in prison|lose|lost|get (fired|evicted|kicked out|locked up|sick|arrested|sent back)|end up|die|relapse|overdose|go back)|your {WORD}? {WORD} (fail|fails|give out|gives out|quit|quits|stop|stops))";
// Burdens someone will have to carry: "Who's going to pay your rent…", "…raise your kids…"
const CARRY = alt(['pay', 'raise', 'take care of', 'look after', 'clean up', 'pick up', 'feed', 'support', 'watch', 'bail you out', 'cover', 'fix', 'drive', 'visit', 'explain']);
// Things a client "sets" for others: "What kind of example are you setting?"
const SET_FOR_OTHERS = alt(['example', 'message', 'role model', 'lesson', 'precedent', 'signal']);
// Words that mark an account as doubted: "really", "actually", "even".
const DOUBT = alt(['really', 'actually', 'even', 'honestly', 'truly']);

export const rhetoricalReader: Reader = {
  match: [
    // negative yes/no questions that presuppose the answer
    `^ <${NEG_BE} you {ADV} (even |at all |just )?${ASSUMED_STATE}> (of|to|about|that|by|with|yet|$)`,
    `^ <(isn't|aren't|wasn't|weren't) (your|the) {WORD}? {WORD} worth> ${WORTH_AFTER}`,
    "^ <(is|are|was|were) (a|one|that|this|those|these|a few|some) … worth (losing|risking|dying for|ruining|throwing away|going back to|giving up) (your|the|everything)>",
    `^ <(didn't|hasn't|haven't) ${TEACHERS} {ADV} (ever |already )?${TAUGHT} you> (to|not to|that|how|any|better|some|manners|respect|anything)`,
    "^ <(don't|doesn't) you {ADV} (ever|even) (bother|care|think|stop|listen|learn|get tired|feel bad|worry about)>",
    "<(would|will) it kill you to>",
    "^ <how (is|are|would|will|can) (your {WORD}? {WORD}|anyone|anybody|he|she|they|the {WORD}) (supposed to |going to |ever )?(respect|listen to|take you seriously|look up to|believe in|count on|rely on|depend on) you>",
    "^ <surely you (realize|know|understand|see|can see|must know|must realize)>",
    "<it (wouldn't|would not) kill you to>",
    // one-answer wh-questions
    "^ <what('s| is| was) so (hard|difficult|tough|complicated|confusing|scary|terrible|bad) about>",
    "<how many (times|more times) (have you been|were you|do you need to be|must you be|are you going to be|did you get) (told|warned|reminded|asked|caught)>",
    "<how many (chances|warnings|reminders|strikes|wake-up calls|second chances) (do|does|will|did) (you|it|this) (need|take|get|want)>",
    "<how many times (does|will|is) it (take|have to happen)>",
    `^ <who('s| is| was| will| would|'ll) (going to |gonna |supposed to |be able to )?${CARRY}> … … ${WHEN_BAD}`,
    `^ <who do you think (is going to|will|'s going to|is gonna|would) ${CARRY}> … … ${WHEN_BAD}`,
    `^ <what (kind|sort) of ${SET_FOR_OTHERS}> (are you|is that|is this|does that|does this|do you think (that|this|you're|you are))`,
    // an absurd alternative after the question: "Where do you think the bruises came from, thin air?"
    "^ <(where|how) do you think> … (came|come|comes|coming|went|go|goes|going|got|gets) (from )?{COMMA} (the|thin|a|by|out of|from|santa|magic|magically|your {WORD})",
    // doubt put as alternatives
    `^ <(are|were|did|do|have|has|is|was) you {ADV} ${DOUBT}> … … or (are you|were you|did you|do you|have you|is it|was it)? (just|only|simply)`,
    "<or (are|were|did|do|have) you (just|only) (telling|saying|making|writing|going through the motions|pretending|faking|lying|covering|trying to (get|look|keep|make|please)|showing up|doing (it|this|that) (for|to|because))>",
  ],
  except: [
    // a ruler or the client's own difficulty
    "what('s| is) so (hard|difficult|tough) about (it|this|that) for you",
    // an aspiration, not a verdict: "What kind of example do you want to set?"
    'what (kind|sort) of {WORD} {WORD}? (do|would|will|did|could) you (want|hope|wish|like|plan|need|choose|try|aim)',
    // a genuine question about a regimen: "How many times a day do you need to take it?"
    'how many times (a|per) (day|week|month)',
  ],
  examples: {
    flag: [
      "Aren't you embarrassed to be back here again?",
      "Aren't you tired of feeling sick all the time?",
      "Isn't your health worth more than a cigarette?",
      "Didn't anyone ever teach you to say thank you?",
      "Didn't your doctor already tell you to stop smoking?",
      "Would it kill you to call once a week?",
      "What's so hard about showing up on time?",
      "Who's going to raise your kids when you're gone?",
      "Who's going to pay your rent when you lose this job?",
      'What kind of example are you setting for your son?',
      'Where do you think all that sugar is coming from, the air?',
      'Are you really taking the medication, or are you just telling me what I want to hear?',
      'Did you actually go to the meetings or did you just get the slip signed?',
      'Is a drink worth losing your kids over?',
      'How many times have you been told?',
      "How is your son supposed to respect you if you don't respect yourself?",
      'Surely you realize that smoking hurts the baby.',
    ],
    pass: [
      'What makes it hard to take the pill every day?',
      'How hard would it be, on a scale of 0 to 10, to cut back to weekends?',
      'What kind of father do you want to be for your daughter?',
      'What kind of example would you like to set for them?',
      "Didn't you say you wanted to talk about your sleep today?",
      "It's a lot to juggle, isn't it?",
      "Who's going to be there to support you this week?",
      'Where do you think the cravings come from for you?',
      'Are you checking your sugars in the morning or at night?',
      "What's so hard about it for you?",
      'How many times a day do you need to take it?',
      "Aren't you the one who found this job?",
    ],
  },
};
