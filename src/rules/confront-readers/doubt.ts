// The doubt reader: the client's account doubted outright — "don't tell me you…", "I've heard that story a
// hundred times", "you're just telling me what I want to hear", "don't give me that".
// Left alone: an invitation ("Don't tell me anything you're not ready to share"), the client's own worry
// reflected ("You worry you're just telling me what I want to hear" — the reflection frame).

import type { Reader } from './reader';

export const doubtReader: Reader = {
  match: [
    "<(don't|do not) (even )?tell me (that )?(you|your)>",
    "^ <(don't|do not) give me that> (again|$)",
    "<i('ve| have) heard (that|this|the same|your|this same|that same|it) (old )?(story|excuse|line|one|speech|promise|excuses|stories|lines|promises|thing|song and dance)? (a (hundred|million|thousand|dozen)|so many|too many|enough|countless|plenty of|way too many|a bunch of) times>",
    "<i('ve| have) heard it all before>",
    "<you (can't|cannot) (honestly|really|seriously|possibly) (believe|think|expect)>",
    "<(pill count|count|screen|test|ua|uds|labs|records|log|readings|numbers) (suggests|suggest|indicates|indicate) otherwise>",
    "<(just )?telling (me|us|everyone|the (court|judge|team|staff)|people) what (i|we|they|he|she|it) (want|wants) to hear>",
  ],
  except: [
    "(don't|do not) tell me … (if|unless|until|anything|what you('re| are) not|more than)",
    // someone else's silence: "they don't tell me your results until Friday"
    "(i|you|they|he|she|people|we|who|which|that|doctors|nurses) (don't|do not) tell me",
  ],
  examples: {
    flag: ["Don't tell me you forgot again.", "You smell like smoke, so don't tell me you quit.", "You can't seriously think that's going to work.", "I've heard that story a hundred times.", "You're just telling me what I want to hear."],
    pass: [
      "Don't tell me anything you're not ready to share.",
      "You worry you're just telling me what I want to hear.",
      "Don't tell me your name if you'd rather not.",
      "They don't tell me your results until Friday.",
    ],
  },
};
