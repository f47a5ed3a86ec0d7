// What MI Lint offers as completions (see completion-context.ts for when). Wording follows MI-GUIDE.md:
// open questions, asking permission, autonomy support, reflection stems and ways to finish a reflection.
// `insert` is a snippet body: $1, ${1:placeholder} and $0 as in VS Code snippets.

import type { CompletionSituation } from './completion-context';

export type SuggestionKind = 'open-question' | 'permission' | 'autonomy' | 'reflection';

export interface Suggestion {
  label: string;
  insert: string;
  kind: SuggestionKind;
}

export const KIND_DETAIL: Record<SuggestionKind, string> = {
  'open-question': 'MI: open question',
  permission: 'MI: ask permission',
  autonomy: 'MI: emphasize autonomy',
  reflection: 'MI: reflection',
};

const OPEN_QUESTIONS: Suggestion[] = [
  { label: 'What would you like to do about …?', insert: 'What would you like to do about ${1:this}?$0', kind: 'open-question' },
  { label: 'What makes … important to you right now?', insert: 'What makes ${1:this} important to you right now?$0', kind: 'open-question' },
  { label: 'How would your life be different if …?', insert: 'How would your life be different if ${1:things changed}?$0', kind: 'open-question' },
  { label: 'What matters most to you about …?', insert: 'What matters most to you about ${1:this}?$0', kind: 'open-question' },
  { label: 'What got in the way?', insert: 'What got in the way?$0', kind: 'open-question' },
  { label: 'What have you already tried, and how did it go?', insert: 'What have you already tried, and how did it go?$0', kind: 'open-question' },
  { label: 'What do you make of that?', insert: 'What do you make of that?$0', kind: 'open-question' },
  {
    label: 'On a scale of 0 to 10, how important is …? (change ruler)',
    insert: 'On a scale of 0 to 10, how important is ${1:this change} to you? And why a ${2:5} and not a lower number?$0',
    kind: 'open-question',
  },
];

const PERMISSION: Suggestion[] = [
  { label: 'Would it be OK if I shared some information?', insert: 'Would it be OK if I shared some information?$0', kind: 'permission' },
  { label: 'Can I offer an idea?', insert: 'Can I offer an idea?$0', kind: 'permission' },
  { label: 'May I share a concern?', insert: 'May I share a concern?$0', kind: 'permission' },
  { label: 'Would you like to hear what has worked for other people?', insert: 'Would you like to hear what has worked for other people?$0', kind: 'permission' },
];

const REFLECTION_OPENERS: Suggestion[] = [
  { label: 'It sounds like …', insert: 'It sounds like ${1:you}$0', kind: 'reflection' },
  { label: 'Part of you …, and part of you … (double-sided)', insert: 'Part of you ${1:wants things to change}, and part of you ${2:is not sure it is worth it}.$0', kind: 'reflection' },
  { label: 'So for you, … (summary)', insert: 'So for you, ${1:what matters most is}$0', kind: 'reflection' },
];

/** Ways to finish a reflection, by the stem the counselor typed. */
const CONTINUATIONS: Array<{ stems: string[]; items: Array<[string, string]> }> = [
  {
    stems: ['it sounds like', 'sounds like', 'it seems like'],
    items: [
      ["you're feeling … about …", "you're feeling ${1:torn} about ${2:this}.$0"],
      ['part of you …, and part of you … (double-sided)', 'part of you ${1:wants things to change}, and part of you ${2:is not sure yet}.$0'],
      ['… really matters to you', '${1:this} really matters to you.$0'],
      ["you're wondering whether …", "you're wondering whether ${1:it is worth it}.$0"],
      ["you've been thinking about … for a while", "you've been thinking about ${1:this} for a while.$0"],
    ],
  },
  {
    stems: ['it seems'],
    items: [
      ['important to you to …', 'important to you to ${1:…}.$0'],
      ['that part of you …, and part of you …', 'that part of you ${1:wants things to change}, and part of you ${2:is not sure yet}.$0'],
    ],
  },
  {
    stems: ['so you'],
    items: [
      ['feel … about …', 'feel ${1:torn} about ${2:this}.$0'],
      ['want … (the client\'s own goal)', 'want ${1:to feel more in control}.$0'],
      ['have mixed feelings about …', 'have mixed feelings about ${1:this}.$0'],
      ['are wondering whether …', 'are wondering whether ${1:it is worth it}.$0'],
    ],
  },
  {
    stems: ['so for you'],
    items: [
      ['what matters most is …', 'what matters most is ${1:…}.$0'],
      ['… and … both matter', '${1:…} and ${2:…} both matter.$0'],
    ],
  },
  {
    stems: ["you're feeling", 'you are feeling'],
    items: [
      ['… about …', '${1:torn} about ${2:this}.$0'],
      ['… and ready for something to change', '${1:tired} and ready for something to change.$0'],
    ],
  },
  {
    stems: ["you're wondering", 'you are wondering'],
    items: [
      ['whether …', 'whether ${1:it is worth it}.$0'],
      ['how …', 'how ${1:you would even start}.$0'],
    ],
  },
];

function autonomy(phrases: readonly string[]): Suggestion[] {
  const all = [...phrases, 'What feels right to you?'];
  return [...new Set(all)].map((p) => ({ label: p, insert: escapeSnippet(p) + '$0', kind: 'autonomy' as const }));
}

/** Snippet syntax characters in plain text. */
export function escapeSnippet(s: string): string {
  return s.replace(/[\\$}]/g, '\\$&');
}

export function suggestionsFor(situation: CompletionSituation, autonomyPhrases: readonly string[]): Suggestion[] {
  switch (situation.kind) {
    case 'turn-start':
      return [...REFLECTION_OPENERS, ...OPEN_QUESTIONS, ...PERMISSION, ...autonomy(autonomyPhrases)];
    case 'after-reflection':
      return [...OPEN_QUESTIONS, ...PERMISSION, ...autonomy(autonomyPhrases)];
    case 'reflection-stem': {
      const group = CONTINUATIONS.find((g) => g.stems.includes(situation.stem));
      return (group?.items ?? []).map(([label, insert]) => ({ label, insert, kind: 'reflection' as const }));
    }
  }
}
