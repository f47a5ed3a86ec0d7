// The ultimatum reader: the last warning as a verdict — "This is your final warning", "I'm not going to tell
// you again", "One more slip and you're out", "No more chances".
// Left alone: a deadline given as information ("Friday is the last chance to sign up for the group"),
// a milestone ahead ("One more week and you'll have ninety days").

import type { Reader } from './reader';

export const ultimatumReader: Reader = {
  match: [
    "<(this is|that was|that's|this will be|today is|consider this) {ADV} your (last|final|very last|only|absolute last) (chance|warning|shot|strike|opportunity)>",
    "<(this is|that was|that's|this will be) the (last|final) time (i'm|i am|i'll|i will|i|we're|we'll) (going to |gonna )?(warning|warn|telling|tell|saying|say|reminding|remind|asking|ask|letting|let|covering|cover)>",
    "<i('m| am) not (going to|gonna) (tell|say|remind|warn|ask|repeat) (you|this|it|myself) (again|twice|one more time)>",
    "<i (won't|will not) (tell|say|remind|warn|ask) you (again|twice)>",
    "<(don't|do not) make me (say|tell|ask|warn|remind) you>",
    "^ <(don't|do not) (come|go) (crying|running|complaining|whining) to (me|us)>",
    "<(no more|you're out of|you are out of|you've used up (all )?your|you have no more) (chances|second chances|warnings|strikes)>",
    "<one more {WORD}? {WORD}> (and|then) (you('re| are)|you'll be|you will be) (out|gone|history|discharged|kicked out|off the (team|program|caseload))",
  ],
  except: ['(last|final) (chance|opportunity) to (sign|register|enroll|apply|join|book|grab|catch|vote|submit|pick|rsvp|buy|order)'],
  examples: {
    flag: ['This is your last chance.', 'This is your final warning.', "I'm not going to tell you again.", "One more slip and you're out.", 'No more chances.', "Don't come crying to me when your kidneys fail."],
    pass: ['Friday is your last chance to sign up for the group.', "One more week and you'll have ninety days.", 'No more appointments this week, so you can rest.'],
  },
};
