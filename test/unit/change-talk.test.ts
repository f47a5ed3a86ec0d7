// DARN-CAT kinds and where change talk sits: client turns coded as change talk, and quoted client speech.

import * as assert from 'assert';
import { changeTalkLabel, changeTalkSpans, darnCat } from '../../src/core/change-talk';
import { setCoderModelEnabled } from '../../src/core/coder-model';
import { clientTalk } from '../../src/core/coding';
import { lint } from '../../src/core/lint';
import { LineIndex } from '../../src/core/positions';
import type { Utterance } from '../../src/core/types';

describe('change talk: DARN-CAT kind', () => {
  const cases: Array<[string, string | null]> = [
    ['i want to cut down on my drinking.', 'desire'],
    ["i'd really like to be healthier.", 'desire'],
    ["i don't want to end up like my dad.", 'desire'],
    ['i think i can do it if i have some support.', 'ability'],
    ['maybe i could walk to work.', 'ability'],
    ['it would be better for my kids if i stopped.', 'reason'],
    ["it's really hurting my marriage.", 'reason'],
    ['i need to stop smoking.', 'need'],
    ['i have to do something about this.', 'need'],
    ["i'm going to call the clinic tomorrow.", 'commitment'],
    ['i will stop after this weekend.', 'commitment'],
    ["i'm ready to try.", 'activation'],
    ["i'm willing to give it a shot.", 'activation'],
    ['i cut down to two beers last week.', 'taking-steps'],
    ["i haven't had a drink since sunday.", 'taking-steps'],
    ["i've been meaning to call the clinic.", 'desire'],
    ["i don't wanna lose my license over this.", 'desire'],
    ['it would be possible to stop.', 'ability'],
    ["i'm going to have to change something.", 'need'],
    ['i feel kind of guilty about the money.', 'reason'],
    ["i've been practicing saying no.", 'taking-steps'],
    ['probably just not buy it when i shop.', 'commitment'],
    // forms only the coder's cues name
    ["i'd call a cab instead.", 'commitment'],
    ["i'm down to three a day.", 'taking-steps'],
    ["i try really hard not to smoke in the car.", 'taking-steps'],
    ['well, i did what we talked about.', 'taking-steps'],
    ["i think it's very feasible.", 'ability'],
    ['my blood pressure is a problem.', 'reason'],
    ['that would be a good start.', 'reason'],
    ['how should i go about telling them?', 'activation'],
    ["i'd like some help with it.", 'desire'],
    ['she told me i should start taking this.', null],
    ['i just want my phone call.', null],
    ["where i'm going to be living is up in the air.", null],
    ['my boss said he could tell i had a hangover.', 'reason'],
    ["i'm hoping to cut down by the summer.", 'desire'],
    ['i plan on quitting next month.', 'commitment'],
    ["i've made an appointment with the clinic.", 'taking-steps'],
    ["i can't go on like this.", 'need'],
    ['the weather was nice.', null],
  ];
  for (const [norm, kind] of cases) it(`${JSON.stringify(norm)} → ${kind}`, () => assert.strictEqual(darnCat(norm), kind));

  it('names the mobilizing kind when a sentence carries several', () => {
    assert.strictEqual(darnCat("i want to quit and i'm going to start monday."), 'commitment');
  });

  it('labels read as words', () => {
    assert.strictEqual(changeTalkLabel('taking-steps'), 'Taking steps');
    assert.strictEqual(changeTalkLabel('desire'), 'Desire');
  });
});

describe('change talk: the rules alone', () => {
  before(() => setCoderModelEnabled(false));
  after(() => setCoderModelEnabled(true));
  const cases: Array<[string, string]> = [
    // not wanting more of the habit or its costs is change talk; not wanting to change is sustain talk
    ["i don't wanna lose my job either.", 'change'],
    ["i don't want to do that to my kids again.", 'change'],
    ["i don't wanna drink so much.", 'change'],
    ["i don't want to quit.", 'sustain'],
    ["i don't really want to right now.", 'sustain'],
    // starting the habit, or a hobby, is no step toward change
    ['i started smoking when i was fifteen.', 'neutral'],
    ['i started playing about ten years ago.', 'neutral'],
    ['i started walking to work.', 'change'],
    // a present "it's nice" weighs nothing; what a change would bring does
    ["it's nice, the flat is close to work.", 'neutral'],
    ["it'd be nice to have my evenings back.", 'change'],
    // a plan as a bare verb phrase
    ['um, go for a walk after dinner instead.', 'change'],
    ['go figure.', 'neutral'],
    // barriers, craving and someone else's wish are sustain talk
    ["i just don't have the time for it.", 'sustain'],
    ["i'm still craving it every night.", 'sustain'],
    ["i'm only here because my wife made me come.", 'sustain'],
    // someone else's words about the client, and talk about talk, are neither
    ["the doc said i've got to take pills.", 'neutral'],
    ['i just want to let you know that right off.', 'neutral'],
    ["i'm gonna be honest, it was rough.", 'neutral'],
    ["i'm gonna be honest with my wife about the money.", 'change'],
    // what the client would do or will have to do
    ["i wouldn't drink as much, and i'd call a taxi.", 'change'],
    ["i'll have to get all my information together.", 'change'],
    ["i'll have to say it was a rough week.", 'neutral'],
    ['i have to say it was a rough week.', 'neutral'],
    ["i'm gonna be disappointed either way.", 'neutral'],
    // trying everything is giving up; trying something is a step
    ["i've tried everything.", 'sustain'],
    ['i tried the patch last month.', 'change'],
    // what the habit costs, said of it
    ["it's really not good for my kids.", 'change'],
    ["it's not something i'm proud of.", 'change'],
    // a clause someone else says or wants is not the client's talk; the client's own "and I…" after it is,
    // and so is a cost of the habit someone else saw
    ['he told me that i had a blood test, and that i should start taking this.', 'neutral'],
    ['my husband feels like i need to lose the weight.', 'neutral'],
    ["my sister keeps saying i have to quit, and i know i need to stop.", 'change'],
    ['she said she knew i had a hangover.', 'change'],
    // wanting a thing, or something of others, is no desire for change; wanting help, a change, or to do is
    ['i just want my phone call.', 'neutral'],
    ['i want them to know how hard i work.', 'neutral'],
    ['this is not what i want for my life.', 'neutral'],
    ["i'd like some help with it.", 'change'],
    ['i want that to stop.', 'change'],
    ["yeah, i'd like to.", 'change'],
    // doubting one's ability is no ability
    ["i'm not certain i can do all that.", 'sustain'],
    ['i doubt i could keep that up.', 'neutral'],
    // a clause broken off and said again is read as said the second time
    ["i don't wanna- i don't wanna lose my license.", 'change'],
    ["i don't want- i don't wanna end up back in court.", 'change'],
    // not everyone doing it is no reason to keep on
    ['not everyone drinks at those parties.', 'neutral'],
    ['everyone drinks at those parties.', 'sustain'],
    // the plain forms of DARN-CAT
    ["i'm hoping to cut down by the summer.", 'change'],
    ["i'd rather not drink at all this month.", 'change'],
    ["i'm really trying to cut back.", 'change'],
    ["i can't keep doing this.", 'change'],
    ["i can't keep up with the kids.", 'neutral'],
    ["i've had enough of it.", 'change'],
    ["i've had enough tests for one year.", 'neutral'],
    ['i want my life back.', 'change'],
    ["i'm not drinking anymore.", 'change'],
    ["i think i'm ready.", 'change'],
    ["i'm not ready.", 'sustain'],
    ['i plan on quitting next month.', 'change'],
    ["i hate what it's doing to me.", 'change'],
    ['it would really help if i stopped.', 'change'],
    // sustain talk said plainly: no heavy drinker, no problem then, no way to see how
    ["i don't really think i drink that much.", 'sustain'],
    ["i'm not a heavy drinker or anything.", 'sustain'],
    ["i just didn't think that i really had a problem with it.", 'sustain'],
    ["i just don't see how it's possible right now.", 'sustain'],
    // a future that is no step, with an adverb before it
    ["i'll really fall and hurt myself.", 'neutral'],
    ["i'll really try to cut down.", 'change'],
    // an embedded question is no statement of intent; a condition still is
    ["i don't know who i'd talk to about it.", 'neutral'],
    ["where i'm going to be living is up in the air.", 'neutral'],
    ["if i'm gonna make those changes, i'll need some support.", 'change'],
    // the client's own "so I'm…" after someone else's words
    ["my doctor told me to quit, so i'm going to try.", 'change'],
    // resting is no step, taking something is
    ["i'll just take it easy for a couple of days.", 'neutral'],
    ["i'll just take the patch with me.", 'change'],
    // a question asked, or a statement put up for agreement, states no change; asking where to start does
    ['do i have to stop drinking completely?', 'neutral'],
    ['so can i still go to the party on friday?', 'neutral'],
    ['if i got a raise, i could quit the night shift, right?', 'neutral'],
    ['where do you think i should start?', 'change'],
    ["i'm going to cut down. is that okay with you?", 'change'],
  ];
  for (const [norm, talk] of cases) it(`${JSON.stringify(norm)} → ${talk}`, () => assert.strictEqual(clientTalk(norm), talk));
});

describe('change talk: what came before', () => {
  before(() => setCoderModelEnabled(false));
  after(() => setCoderModelEnabled(true));
  const goOn = 'and then the weekends with the kids would look a whole lot different.';

  it('a client going on after a back-channel continues the change talk of their previous turn', () => {
    assert.strictEqual(clientTalk(goOn), 'neutral');
    assert.strictEqual(clientTalk(goOn, { before: 'change', counselor: 'backchannel' }), 'change');
    assert.strictEqual(clientTalk(goOn, { before: 'neutral', counselor: 'backchannel' }), 'neutral');
    assert.strictEqual(clientTalk(goOn, { before: 'change', counselor: 'other' }), 'neutral');
    // a short answer is no continuation
    assert.strictEqual(clientTalk('yeah, i guess.', { before: 'change', counselor: 'backchannel' }), 'neutral');
  });

  it('lint() reads each client turn with the turns before it, and the editor quotes the continuation whole', () => {
    const text = ["Client: I'm going to quit drinking.", 'Counselor: Mm-hmm.', `Client: ${goOn}`, 'Counselor: Tell me about your week.', `Client: ${goOn}`].join('\n\n');
    const result = lint(text);
    assert.deepStrictEqual(result.utterances.filter((u) => u.speaker === 'client').map((u) => u.talk), ['change', 'change', 'neutral']);
    const spans = changeTalkSpans(text, result.utterances);
    assert.deepStrictEqual(spans.map((s) => [s.text, s.type]), [["I'm going to quit drinking.", 'commitment'], [goOn, null]]);
  });

  it('names no kind for a question the client asks inside change talk', () => {
    assert.strictEqual(darnCat('do i have to stop drinking completely?'), null);
    assert.strictEqual(darnCat('where do you think i should start?'), 'activation');
  });
});

describe('change talk: spans in a document', () => {
  const ranged = (text: string, speaker: Utterance['speaker'], talk: Utterance['talk'], from: string, to = from): Utterance => {
    const idx = new LineIndex(text);
    const s = text.indexOf(from);
    return { speaker, talk, codes: [], range: idx.range(s, text.indexOf(to, s) + to.length) };
  };

  it("quotes the client turn's change-talk sentences without the label", () => {
    const text = 'Counselor: What matters?\n\n**Client:** Work is fine. I want to be there for my kids. I\'m going to call tomorrow.';
    const spans = changeTalkSpans(text, [ranged(text, 'client', 'change', '**Client:**', 'tomorrow.')]);
    assert.deepStrictEqual(spans.map((s) => [s.text, s.type, s.source]), [
      ['I want to be there for my kids.', 'desire', 'client-turn'],
      ["I'm going to call tomorrow.", 'commitment', 'client-turn'],
    ]);
    assert.deepStrictEqual(spans[0].range.start, { line: 2, character: text.split('\n')[2].indexOf('I want') });
  });

  it("quotes and names forms only the coder's cues hear (what the hover shows)", () => {
    const text = "Client: Work is fine. I'd call a cab instead. I'm down to three a day.";
    const spans = changeTalkSpans(text, [ranged(text, 'client', 'change', 'Client:', 'day.')]);
    assert.deepStrictEqual(spans.map((s) => [s.text, s.type]), [
      ["I'd call a cab instead.", 'commitment'],
      ["I'm down to three a day.", 'taking-steps'],
    ]);
  });

  it('a change-talk turn with no single cue sentence is quoted whole; other talk not at all', () => {
    const text = 'C: Things have to be different around here.\n\nC: I like my beer.';
    const spans = changeTalkSpans(text, [
      ranged(text, 'client', 'change', 'C: Things', 'here.'),
      ranged(text, 'client', 'sustain', 'C: I like', 'beer.'),
    ]);
    assert.deepStrictEqual(spans.map((s) => s.text), ['Things have to be different around here.']);
  });

  it('finds change talk in quoted client speech in a note, not in code', () => {
    const text = 'Client stated, "I need to stop drinking." Mood "fine".\n\n```\nClient: "I want to quit"\n```';
    const result = lint(text);
    const spans = changeTalkSpans(text, result.utterances);
    assert.deepStrictEqual(spans.map((s) => [s.text, s.type, s.source]), [['I need to stop drinking.', 'need', 'quote']]);
  });

  it('lint() names the DARN-CAT kind of change-talk client turns (an extra key beyond the contract)', () => {
    const result = lint('Counselor: What would you like?\n\nClient: I want to cut down on my drinking for my kids.');
    const client = result.utterances.find((x) => x.speaker === 'client')!;
    assert.strictEqual(client.talk, 'change');
    assert.strictEqual(client.changeTalkType, 'desire');
    assert.strictEqual(result.utterances[0].changeTalkType, undefined);
  });
});
