// The rewrite toolkit on its own: verb forms, person swaps, autonomy placement and "Reflect this".

import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as path from 'path';
import { lint } from '../../src/core/lint';
import { withAutonomy } from '../../src/rewrite/autonomy';
import { swapPersons, toThirdPlural } from '../../src/rewrite/person';
import { reflect } from '../../src/rewrite/reflect';
import { baseForm, gerund, pastTense, thirdPerson } from '../../src/rewrite/verbs';
import { applyEdits } from './helpers';

describe('verb forms', () => {
  it('-ing: doubling, dropped e, ie → y, stress-dependent cases, phrasal verbs', () => {
    const cases: Record<string, string> = {
      stop: 'stopping', skip: 'skipping', take: 'taking', lie: 'lying', die: 'dying', see: 'seeing', agree: 'agreeing',
      quit: 'quitting', fix: 'fixing', show: 'showing', visit: 'visiting', open: 'opening', begin: 'beginning',
      admit: 'admitting', travel: 'traveling', journal: 'journaling', panic: 'panicking', be: 'being', argue: 'arguing',
      'cut back': 'cutting back', 'write down': 'writing down', exercise: 'exercising', try: 'trying', go: 'going',
    };
    for (const [base, ing] of Object.entries(cases)) assert.strictEqual(gerund(base), ing, base);
  });

  it('base form from -ing and past forms', () => {
    const cases: Record<string, string> = {
      cutting: 'cut', stopping: 'stop', taking: 'take', going: 'go', lying: 'lie', journaling: 'journal', meditating: 'meditate',
      called: 'call', stopped: 'stop', tried: 'try', went: 'go', lost: 'lose', gone: 'go', taken: 'take', agreed: 'agree',
      started: 'start', missed: 'miss', skipped: 'skip', hoped: 'hope', used: 'use',
    };
    for (const [form, base] of Object.entries(cases)) assert.strictEqual(baseForm(form), base, form);
  });

  it('third person and past tense', () => {
    assert.deepStrictEqual(['want', 'go', 'try', 'have', 'fix', 'can', 'be'].map(thirdPerson), ['wants', 'goes', 'tries', 'has', 'fixes', 'can', 'is']);
    assert.deepStrictEqual(['go', 'skip', 'call', 'try', 'take', 'move'].map(pastTense), ['went', 'skipped', 'called', 'tried', 'took', 'moved']);
  });
});

describe('persons', () => {
  it('"you" → "they"/"them" by its role in the clause', () => {
    assert.strictEqual(toThirdPlural('call your sponsor when you get home'), 'call their sponsor when they get home');
    assert.strictEqual(toThirdPlural('ask someone to help you'), 'ask someone to help them');
    assert.strictEqual(toThirdPlural('take care of yourself before you’re exhausted'), 'take care of themselves before they’re exhausted');
  });

  it('the client\'s "I" becomes "you" with agreement; the counselor addressed becomes "I"', () => {
    assert.strictEqual(swapPersons("I can't keep doing this, my kids need me"), "you can't keep doing this, your kids need you");
    assert.strictEqual(swapPersons('I was angry at myself and I am tired'), 'you were angry at yourself and you are tired');
    assert.strictEqual(swapPersons("I'm done, we've tried everything"), "you're done, you've tried everything");
    assert.strictEqual(swapPersons('Am I wrong?'), 'Are you wrong?');
    assert.strictEqual(swapPersons("You don't understand me"), "I don't understand you");
    assert.strictEqual(swapPersons('You never know with him'), 'You never know with him');
  });
});

describe('autonomy placement', () => {
  it('joins "whatever…" with a dash, leads with a short clause, stands alone after questions and long sentences', () => {
    assert.strictEqual(withAutonomy('You might try a walk.'), 'You might try a walk — whatever you decide is up to you.');
    assert.strictEqual(withAutonomy('You might try a walk.', "It's your decision."), "It's your decision, but you might try a walk.");
    assert.strictEqual(withAutonomy('Have you tried walking?'), 'Have you tried walking? Whatever you decide is up to you.');
    assert.strictEqual(withAutonomy('One option is to walk.', 'What feels right to you?'), 'One option is to walk. What feels right to you?');
    assert.strictEqual(withAutonomy('You could walk', 'Only you can decide whether and when.'), 'You could walk. Only you can decide whether and when.');
    assert.strictEqual(
      withAutonomy('After dinner, when the kids are asleep, you might go for a short walk around the block with your dog.'),
      'After dinner, when the kids are asleep, you might go for a short walk around the block with your dog. Whatever you decide is up to you.',
    );
  });
});

describe('configured autonomy phrases', () => {
  it('the first configured phrase is used and placed where it reads naturally', () => {
    const text = 'You should stop drinking.';
    const fixes = (phrases: string[]) => lint(text, { autonomyPhrases: phrases }).findings[0].fixes.map((f) => applyEdits(text, f.edits));
    assert.strictEqual(fixes(["It's your decision."])[2], "It's your decision, but you might consider stopping drinking.");
    assert.strictEqual(fixes(['What feels right to you?'])[2], 'You might consider stopping drinking. What feels right to you?');
    assert.strictEqual(fixes([])[2], 'You might consider stopping drinking \u2014 whatever you decide is up to you.');
  });
});

describe('rewrites in real documents', () => {
  it('keep CRLF line ends and emoji outside the sentence, join a soft-wrapped sentence', () => {
    const text = 'Thanks for today \u{1F60A}.\r\nYou should stop\r\ndrinking before the weekend.\r\nSee you Monday.';
    const f = lint(text).findings.find((x) => x.ruleId === 'directive/you-should')!;
    assert.strictEqual(
      applyEdits(text, f.fixes[0].edits),
      'Thanks for today \u{1F60A}.\r\nHow would you feel about stopping drinking before the weekend?\r\nSee you Monday.',
    );
  });
});

describe('reflect()', () => {
  const texts = (s: string) => reflect(s).map((r) => `${r.kind}: ${r.text}`);

  it('swaps persons, keeps the client\'s words and offers stems', () => {
    assert.deepStrictEqual(texts("I can't keep doing this, my kids need me"), [
      "simple: It sounds like you can't keep doing this \u2014 your kids need you.",
      "restatement: So you can't keep doing this \u2014 your kids need you.",
    ]);
  });

  it('offers double-sided reflections joined with "and" when the client says "but"', () => {
    assert.deepStrictEqual(texts("I want to quit but I'm scared I can't do it."), [
      "double-sided: Part of you wants to quit, and part of you is scared you can't do it.",
      "double-sided: On one hand, you want to quit, and on the other, you're scared you can't do it.",
      "simple: It sounds like you want to quit but you're scared you can't do it.",
      "feeling: You're feeling scared you can't do it.",
      "restatement: So you want to quit but you're scared you can't do it.",
    ]);
    const twoSided = reflect("Drinking helps me relax, but it's costing me my marriage.")[0].text;
    assert.strictEqual(twoSided, "On one hand, drinking helps you relax, and on the other, it's costing you your marriage.");
    assert.strictEqual(reflect("I want to stop but can't.")[0].text, "Part of you wants to stop, and part of you can't.");
    for (const r of reflect('I know I should quit, though I really love smoking.').filter((x) => x.kind === 'double-sided')) assert.ok(!/\bbut\b/.test(r.text), r.text);
  });

  it('turns questions into "you\'re wondering…", strips labels and quotes, keeps names', () => {
    assert.strictEqual(reflect('Should I tell my wife?')[0].text, "It sounds like you're wondering whether you should tell your wife.");
    assert.strictEqual(reflect('What am I supposed to do?')[0].text, "It sounds like you're wondering what you're supposed to do.");
    assert.strictEqual(reflect('Why did I do that?')[0].text, "It sounds like you're wondering why you did that.");
    assert.strictEqual(reflect('Client: I was so angry at myself.')[0].text, 'It sounds like you were so angry at yourself.');
    assert.strictEqual(reflect('\u201CI don\u2019t think I have a problem.\u201D')[0].text, 'It sounds like you don\u2019t think you have a problem.');
    assert.strictEqual(reflect("Mike left me and I haven't been the same.")[0].text, "It sounds like Mike left you and you haven't been the same.");
    assert.strictEqual(reflect("You don't understand what it's like.")[0].text, "It sounds like you feel I don't understand what it's like.");
    assert.deepStrictEqual(reflect('  ...  '), []);
  });

  it('leaves out fillers and acknowledgements, and keeps "part of you" for the client alone', () => {
    assert.deepStrictEqual(reflect('Yeah.'), []);
    assert.strictEqual(reflect('um, I guess I could try, you know, cutting back on weekends')[0].text, 'It sounds like you could try cutting back on weekends.');
    assert.strictEqual(
      reflect("I don't know. Maybe I drink too much, but everyone I know drinks like this.")[0].text,
      'On one hand, maybe you drink too much, and on the other, everyone you know drinks like this.',
    );
    assert.deepStrictEqual(
      reflect('We argue every night, but we still love each other.').filter((r) => r.kind === 'double-sided').map((r) => r.text),
      ['On one hand, you argue every night, and on the other, you still love each other.'],
    );
    assert.strictEqual(reflect("I want to quit. But it's really hard.")[0].text, "On one hand, you want to quit, and on the other, it's really hard.");
    assert.strictEqual(reflect('I am not an alcoholic!')[0].text, "It sounds like you're not an alcoholic.");
  });
});

describe('gerund phrases in directive rewrites', () => {
  const firstFix = (text: string): string => lint(text).findings[0].fixes[0].edits[0].newText;

  it('never stacks two gerunds: stopping an omission is "no longer", a negated stop is "continuing to"', () => {
    assert.strictEqual(firstFix('You need to stop missing appointments.'), 'How would you feel about no longer missing appointments?');
    assert.strictEqual(firstFix('You have to stop skipping breakfast.'), 'How would you feel about no longer skipping breakfast?');
    assert.strictEqual(firstFix("Don't stop taking your meds."), 'How would you feel about continuing to take your meds?');
    // one habit said plainly keeps its gerund
    assert.strictEqual(firstFix('You should stop drinking.'), 'How would you feel about stopping drinking?');
  });
});

describe('laziness of rewrites', () => {
  it('fixes for regular verbs and stigma words never load compromise (built library, fresh process)', () => {
    const core = path.join(__dirname, '../../../dist/core.js');
    const script = `const c=require(${JSON.stringify(core)});
      const r=c.lint('You should stop drinking. You need to take your meds every day. Client is an addict. Why didn\\'t you call me?');
      const texts=r.findings.flatMap(f=>f.fixes.map(x=>x.edits[0].newText));
      process.stdout.write(JSON.stringify({loaded:c.nlpLoaded(), n:texts.length, first:texts[0]}));`;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
    assert.strictEqual(out.loaded, false);
    assert.ok(out.n >= 8);
    assert.strictEqual(out.first, 'How would you feel about stopping drinking?');
  });
});
