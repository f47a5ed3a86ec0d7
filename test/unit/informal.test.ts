// Informal spelling and chat writing (peer-support replies): the patterns read "u", "ur", "dont", "youre",
// "gonna"… as their standard forms, sentences end where a lower-case writer or an emoticon ends them, and a
// comma splice starts a new instruction — with ranges over the writer's own text and fixes that leave it intact.

import * as assert from 'assert';
import { lint } from '../../src/core/lint';
import { sentences } from '../../src/core/segment';
import { compilePattern, informalSource, matchPattern, patternAnchors } from '../../src/rules/pattern';
import { applyEdits, covered } from './helpers';

const nonAdherent = (t: string) => lint(t).findings.filter((f) => f.miCode === 'persuade' || f.miCode === 'confront');

/** The words the first non-adherent finding covers, or null when there is none. */
function flagged(t: string): string | null {
  const f = nonAdherent(t)[0];
  return f ? covered(t, f) : null;
}

describe('informal spelling', () => {
  it('flags chat spellings of directive language, highlighting the writer\'s own words', () => {
    const cases: Array<[string, string]> = [
      ['u should talk to someone about this asap', 'u should talk'],
      ['you shouldnt drink so much man', 'you shouldnt drink'],
      ['Youre gonna regret this', 'Youre gonna regret this'],
      ['ur gonna regret it if u go back to him', 'ur gonna regret it'],
      ['ya gotta stop letting people walk all over you', 'ya gotta stop'],
      ['imo u need to quit that job', 'u need to quit'],
      ['u hafta take ur meds every day', 'u hafta take'],
      ['Whatever you do, dont text him back', 'dont text'],
      ['have u tried meditation? it helped me a ton', 'have u tried'],
      ['tbh u r gonna end up in the hospital', 'u r gonna end up in the hospital'],
      ['ur being so selfish', 'ur being so selfish'],
      ['ngl u shouldve left him ages ago', 'u shouldve'],
      ['y dont u try yoga', 'y dont u try'],
      ['def see a therapist', 'see'],
      ['pls go to the er', 'pls go'],
      ['idk man sounds like u need to get out of that house asap', 'u need to get'],
    ];
    for (const [text, words] of cases) assert.strictEqual(flagged(text), words, text);
  });

  it('passes informal replies that reflect, ask, affirm or leave the choice', () => {
    for (const text of [
      'if u want, try journaling before bed',
      'its ur call, but u could talk to her',
      'would u like some ideas? maybe try a sleep app',
      'remember ur not alone in this',
      'u should be proud of urself',
      'sounds like ur exhausted from carrying this alone',
      'u feel like u need to be perfect',
      'u dont have to decide anything rn',
      'were gonna get through this together',
      'well i dont know what id do in ur place',
      'honestly ur doing amazing, keep going',
      'ur allowed to be sad',
      'take care of urself ok?',
      'You feel like you have to fix it right away.',
      'It sounds like you need a break right now.',
    ]) assert.deepStrictEqual(nonAdherent(text).map((f) => f.ruleId), [], text);
  });

  it('reads an apostrophe-less form only where it is no other word', () => {
    const p = compilePattern("we('re| are) going to");
    assert.strictEqual([...matchPattern(p, "we're going to")].length, 1);
    assert.strictEqual([...matchPattern(p, 'were gonna')].length, 0, '"were" is not "we\'re"');
    const dont = compilePattern("<(don't|do not) {VERB}>");
    const m = [...matchPattern(dont, 'ok dont drink tonight')];
    assert.deepStrictEqual(m.map((x) => [x.hlStart, x.hlEnd]), [[3, 13]]);
    assert.strictEqual([...matchPattern(compilePattern("it's time"), 'its time')].length, 1);
    assert.strictEqual([...matchPattern(compilePattern("i'll go"), 'ill go')].length, 0);
    assert.strictEqual([...matchPattern(compilePattern('your'), 'ur mom')].length, 1);
    assert.strictEqual([...matchPattern(compilePattern('your'), 'ur not alone')].length, 0, '"ur not" is "you\'re not"');
  });

  it('indexes the informal spellings as anchors, so the prefilter lets them through', () => {
    assert.ok(patternAnchors("you {ADV} (should|shouldn't) {VERB}")!.some((a) => a === 'shouldnt' || a === 'u'));
    assert.ok(patternAnchors('going to')!.includes('gonna'));
    // a word a tail joins shows as the joined form: "ur being" has no piece "u"
    assert.ok(patternAnchors("you('re| are) being")!.includes('ur') || patternAnchors("you('re| are) being")!.includes('being'));
    assert.ok(patternAnchors('you')!.includes('ur'));
  });

  it('gives hand-written context expressions the same spellings', () => {
    const re = new RegExp(informalSource("\\bif you(?:'re| are) ready\\b|\\byour (?:call|choice)\\b|\\bit's up to you\\b"));
    for (const t of ['if ur ready', 'if youre ready', 'if u are ready', 'its up to u', 'ur call']) assert.ok(re.test(t), t);
    assert.ok(!re.test('if were ready'));
  });
});

describe('chat writing', () => {
  it('ends a sentence at a full stop before a lower-case word when the writer starts sentences lower-case', () => {
    const t = 'i was exactly where you are 2 years ago. get a sponsor and call them every day';
    assert.strictEqual(flagged(t), 'get');
    const s = sentences(t, 0, t.length, []);
    assert.deepStrictEqual(s.map((x) => t.slice(x.start, x.end)), ['i was exactly where you are 2 years ago.', 'get a sponsor and call them every day']);
    // a capitalized writer's "approx. two" stays one sentence
    const n = 'Pt reports approx. two drinks a day.';
    assert.strictEqual(sentences(n, 0, n.length, []).length, 1);
  });

  it('ends a sentence at an emoticon or emoji followed by more words', () => {
    assert.strictEqual(flagged('sorry ur going through this :( definitely talk to someone'), 'talk');
    assert.strictEqual(flagged('hugs 💛 go see a doctor tho'), 'go');
    const t = 'at 10:30 call me';
    assert.strictEqual(sentences(t, 0, t.length, []).length, 1);
  });

  it('finds an instruction after a clause and a comma, semicolon or colon, but not in a list', () => {
    assert.strictEqual(flagged('exercise really helps with anxiety, try going for a walk every morning'), 'try');
    assert.strictEqual(flagged('the answer is always the same: stop isolating'), 'stop');
    assert.strictEqual(flagged('idk man maybe just block her'), 'just block');
    assert.strictEqual(flagged('first thing tomorrow call your gp'), 'call');
    for (const text of [
      'You can kind of work outside, work with younger kids.',
      'They will try to persuade, convince, and push you.',
      'We will set up another appointment and, um, get our resources together.',
      'thats so hard, hang in there',
      'im so sorry, sending hugs',
    ]) assert.strictEqual(flagged(text), null, text);
  });

  it('keeps an apostrophe-less negation in the rewrite ("dont drink" is advice not to drink)', () => {
    const f = nonAdherent('dont drink alone, thats how it starts')[0];
    assert.ok(f.fixes.length > 0);
    for (const fix of f.fixes) assert.match(fix.title, /not (?:drinking|to drink)/, fix.title);
  });

  it('rewrites an informal finding without touching the text outside the fix', () => {
    for (const text of ['u should talk to someone about this asap', 'sorry for ur loss. try to keep busy, it helps', 'ur gonna regret this if u go back']) {
      for (const f of nonAdherent(text)) {
        for (const fix of f.fixes) {
          const out = applyEdits(text, fix.edits);
          const first = Math.min(...fix.edits.map((e) => e.range.start.character));
          const last = Math.max(...fix.edits.map((e) => e.range.end.character));
          assert.ok(out.startsWith(text.slice(0, first)), `${fix.title}: ${out}`);
          assert.ok(out.endsWith(text.slice(last)), `${fix.title}: ${out}`);
        }
      }
    }
  });
});
