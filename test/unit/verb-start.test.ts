import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as path from 'path';
import { startsWithBaseVerb } from '../../src/core/verb-start';

describe('base verb at the start (no tagger)', () => {
  it('reads verbs, noun/verb words before an object, and adjective/verb words before an object', () => {
    for (const s of ['try journaling every night.', 'call your sponsor.', 'walk.', 'stop drinking now.', 'close your eyes.', 'slow down.', 'tell someone.', 'set boundaries where you can.', 'say you\'re sorry.'])
      assert.strictEqual(startsWithBaseVerb(s), true, s);
  });

  it('guesses unknown verbs the way compromise does: a verb behind a prefix, verb suffixes', () => {
    // none of these is in the generated lexicon
    for (const s of ['rebook the appointment.', 'misremember it.', 'gamify your chores.', 'journalize your week.'])
      assert.strictEqual(startsWithBaseVerb(s), true, s);
    // known nouns and adjectives with the same endings are not guessed
    for (const s of ['appropriate help matters.', 'minute by minute.', 'graduate students provide counseling.'])
      assert.strictEqual(startsWithBaseVerb(s), false, s);
  });

  it('reads everyday instruction verbs compromise lacks, and an unknown word before "your"', () => {
    for (const s of ['swap the chips for fruit.', 'postpone the move.', 'floss every night.', 'skip dessert.', 'batch your errands.', 'pre-pack your bag.', 'double-check the dose.'])
      assert.strictEqual(startsWithBaseVerb(s), true, s);
    // feelings, prepositions and conjunctions come before "your" too; a listed verb word can still be the subject
    for (const s of ['sorry your week was rough.', 'glad your mom is better.', 'inside your feelings may be anger.', 'once your husband sees it he will be open.', 'nor your emotions.', 'email sent to po.'])
      assert.strictEqual(startsWithBaseVerb(s), false, s);
  });

  it('takes a noun/verb word for the subject when a verb, "of" or a subject follows', () => {
    for (const s of [
      'talk therapy has shown results.', 'fear got you to not show yourself.', 'fear tries to convince us.', 'part of you wants to quit.',
      'exercise can help.', 'cause it\'s tough.', 'cause you wanna do the right thing.', 'cause we never talk.', 'spot on.', 'head start is a program.',
      'close.', 'nice to meet you.', 'best of luck!',
    ])
      assert.strictEqual(startsWithBaseVerb(s), false, s);
  });

  it('reads a note fragment that starts with a noun phrase as no instruction', () => {
    for (const s of [
      'use of alcohol denied.', 'relapse of symptoms noted.', 'quit date set for 2/1.', 'start date 12/8.', 'review date of plan 3/1.',
      'sleep schedule irregular.', 'drink intake down to two a night.', 'smoke exposure at home.', 'stop smoking date moved.',
      'work hours reduced to part time.', 'exercise routine resumed.', 'sleep quality poor.', 'walk-in visit, brief.',
      'follow-up appointment made.', 'change in mood noted.', 'increase in cravings.', 'sleep improved.',
      'work reduced to three days, per client.', 'drink counted as two standard drinks.', 'fall in the shower yesterday.',
      'visit with son went well.', 'call from the school was about attendance.', 'slip two weeks ago, one drink.',
      'affect flat, speech slowed.', 'sleep 5 hours, appetite poor.', 'help from church with rent.', 'copay assistance approved.',
      'ride to group takes an hour.',
      // MSE pairs, compounds with a status word, a plan item reported, a role then its clause
      'mood euthymic, affect congruent.', 'speech pressured, thought process tangential.', 'affect labile.',
      'outreach attempt unsuccessful x2.', 'outreach call unsuccessful.', 'fall precautions in place.',
      'play therapy session held.', 'walk group session cancelled.', 'switch to oral formulation discussed.',
      'stay at respite extended through monday.', 'move to sober living completed.', 'cook at a diner, works nights.',
    ])
      assert.strictEqual(startsWithBaseVerb(s), false, s);
    // instructions in the same words stay instructions
    for (const s of [
      'think of a time you felt strong.', 'dispose of the needles.', 'take care of yourself.', 'set a quit date.', 'set quit date for friday.',
      'stop smoking before the surgery.', 'floss before bed.', 'stay open minded.', 'keep calm.', 'drink water at every meal.',
      'follow-up with your doctor.', 'check-in with your sponsor.', 'change your schedule.', 'cut down to two a day.', 'use a timer.',
      'walk thirty minutes a day.', 'track drinks in a diary.', 'drink bottled water.', 'eat processed food less often.',
      'call the nurse you met yesterday.', 'talk with your sister about what happened.', 'start by telling whoever gave it to you.',
      'repeat for 5 cycles.', 'sleep 8 hours, eat well, stay active.', 'help your neighbor with groceries.', 'keep calm, stay positive.',
      'steer clear of the old neighborhood.', 'lie flat for ten minutes.', 'stay at the shelter until friday.', 'switch to decaf after noon.',
      'move out of that apartment as soon as you can.', 'stay in bed if you feel tired.', 'walk to the store, it helps.',
      'play fewer video games at night.', 'cook at home instead of eating out.', 'change negative thought patterns.',
      'look for one trained in emdr.', 'model to them an empowered stance.',
    ])
      assert.strictEqual(startsWithBaseVerb(s), true, s);
  });

  it('lints a note full of imperatives without loading compromise (built library, fresh process)', () => {
    const core = path.join(__dirname, '../../../dist/core.js');
    const script = `const c=require(${JSON.stringify(core)});
      const r=c.lint('Go to a meeting tonight. Call your sponsor when you get home. Try journaling every night. Remind yourself why you quit.');
      process.stdout.write(JSON.stringify({loaded:c.nlpLoaded(), ids:r.findings.map(f=>f.ruleId)}));`;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
    assert.strictEqual(out.loaded, false);
    assert.deepStrictEqual(out.ids, Array(4).fill('directive/imperative'));
  });
});
