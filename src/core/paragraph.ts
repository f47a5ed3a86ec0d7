// Lints one paragraph in isolation: turns, sentences, rule hits with their fixes, utterance codes. The
// answer depends only on the paragraph's text (original and masked) and the dialog state coming in, so
// createLinter() can cache it by those and re-lint only the paragraph a keystroke touched.

import { isPermissionAsk, AUTONOMY, type TurnFacts } from '../rules/contexts';
import { matchSentence, type Hit } from '../rules/engine';
import { REWRITES, replaceHighlight, type ProposedFix } from '../rewrite';
import { codeClientTurn, codeCounselorTurn, counselorMove, NO_CLIENT_CONTEXT, type ClientContext, type CodedSentence, type ReflectionCode } from './coding';
import { normalize, quotes, sentences, turns, type Sentence } from './segment';
import type { SpeakerLabelMatcher } from './speakers';
import type { MiCode, Speaker, Talk } from './types';

/** What carries over from one turn to the next. */
export interface DialogState {
  /** The counselor asked permission (or the client asked for advice) and the client did not decline. */
  permission: 'none' | 'asked' | 'granted';
  /** What a client turn's change talk is read with: the client's previous turn and the counselor's move since. */
  client: ClientContext;
}

export const INITIAL_STATE: DialogState = { permission: 'none', client: NO_CLIENT_CONTEXT };

/**
 * Everything a paragraph's result depends on besides its text, as one string: the paragraph cache must not
 * reuse a result linted with another state coming in.
 */
export function stateKey(state: DialogState): string {
  return `${state.permission}|${state.client.before}|${state.client.counselor}`;
}

export interface ParagraphHit {
  ruleId: string;
  /** Offsets relative to the paragraph start. */
  start: number;
  end: number;
  fixes: ProposedFix[];
}

export interface ParagraphUtterance {
  speaker: Speaker;
  start: number;
  end: number;
  codes: MiCode[];
  talk: Talk | null;
  words: number;
  /** A question turn that also reflects (coding.ts reflectsToo): counted as a reflection in the metrics. */
  alsoReflects?: ReflectionCode;
}

export interface ParagraphResult {
  hits: ParagraphHit[];
  utterances: ParagraphUtterance[];
  stateOut: DialogState;
}

const CLIENT_ASKS_ADVICE = /\b(?:what (?:should|do you think i should|would you|can) i|what do you (?:suggest|recommend|think i should)|do you have any (?:suggestions|advice|ideas|tips)|any (?:suggestions|advice|ideas|tips)|can you (?:give me|tell me|help me with) (?:some|any|a few)? ?(?:advice|ideas|tips|suggestions|information|info)|tell me what to do|how (?:do|can|should) i (?:stop|quit|cut|get|start|deal|handle|cope))\b/;
const CLIENT_DECLINES = /^(?:no|nah|not really|not now|i'd rather not|i don't want|please don't|i'm good|i'm not interested)\b/;
// ("Call PCP re: refill", "Education re: safe sleep": a topic after "re", not a field)
const NOTE_FIELD = /^([a-z][a-z /-]{0,24})(?<!\bre):\s+/;
const SECOND_PERSON = /\b(?:you|your|yours|yourself|you're|you've|you'll|you'd)\b/;
const THIRD_PERSON = /\b(?:client|clients|pt|patient|patient's|client's|he|she|they|his|her|their|mr|mrs|ms|member|resident)\b/;

export interface ParagraphInput {
  original: string;
  masked: string;
  state: DialogState;
  labels: SpeakerLabelMatcher;
  autonomyPhrases: readonly string[];
}

export function lintParagraph(input: ParagraphInput): ParagraphResult {
  const { original, masked } = input;
  let state = input.state;
  const hits: ParagraphHit[] = [];
  const utterances: ParagraphUtterance[] = [];

  for (const turn of turns(masked, { start: 0, end: masked.length }, input.labels)) {
    const words = countWords(original.slice(turn.bodyStart, turn.end));
    if (turn.speaker === 'client') {
      const norm = normalize(masked.slice(turn.bodyStart, turn.end)).replace(/[\r\n]/g, ' ');
      const { talk, rule } = codeClientTurn(norm, state.client);
      utterances.push({ speaker: 'client', start: turn.start, end: turn.end, codes: [], talk, words });
      state = { ...nextStateAfterClient(state, norm), client: { before: rule, counselor: 'none' } };
      continue;
    }

    const qs = quotes(masked, turn.bodyStart, turn.end);
    const sents = sentences(masked, turn.bodyStart, turn.end, qs).map(splitField);
    const turnNorm = sents.map((s) => s.sentence.norm).join(' ');
    const facts: TurnFacts = {
      norm: turnNorm,
      permissionGranted: state.permission === 'granted',
      addressed: turn.speaker === 'counselor' || SECOND_PERSON.test(turnNorm),
      thirdPerson: turn.speaker === 'author' && THIRD_PERSON.test(turnNorm) && !SECOND_PERSON.test(turnNorm),
      spoken: turn.speaker === 'counselor',
    };

    const coded: CodedSentence[] = [];
    const turnHits: Array<{ hit: Hit; s: Sentence }> = [];
    for (const { sentence: s, field } of sents) {
      const isQuestion = /\?["'\u201D\u2019)\]]*$/.test(s.norm);
      coded.push({ norm: s.norm, isQuestion });
      for (const hit of matchSentence({ norm: s.norm, isQuestion, field, turn: facts }, turn.speaker)) turnHits.push({ hit, s });
    }
    for (const { hit, s } of turnHits) hits.push(toParagraphHit(hit, s, original, masked, input.autonomyPhrases));

    const { codes, alsoReflects } = codeCounselorTurn({
      sentences: coded,
      findings: turnHits.map(({ hit }) => ({ family: hit.rule.def.family, miCode: hit.rule.def.miCode })),
      adviceWithPermission: facts.permissionGranted || isPermissionAsk(turnNorm) || AUTONOMY.test(turnNorm),
      spoken: turn.speaker === 'counselor',
    });
    const u: ParagraphUtterance = { speaker: turn.speaker, start: turn.start, end: turn.end, codes, talk: null, words };
    if (alsoReflects) u.alsoReflects = alsoReflects;
    utterances.push(u);
    state = turn.speaker === 'counselor' ? { ...nextStateAfterCounselor(coded), client: { before: state.client.before, counselor: counselorMove(coded) } } : state;
  }
  return { hits, utterances, stateOut: state };
}

/** The number of runs of non-white-space in `s` (what s.match(/\S+/g) would find), counted without building them. */
function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isJsSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Whether a UTF-16 unit is white space to a regular expression's \s. */
function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** "Plan: Continue weekly sessions." → the sentence after the field label, and the field's name. */
function splitField(s: Sentence): { sentence: Sentence; field: string | null } {
  const m = NOTE_FIELD.exec(s.norm);
  if (!m) return { sentence: s, field: null };
  const cut = m[0].length;
  return { sentence: { start: s.start + cut, end: s.end, norm: s.norm.slice(cut) }, field: m[1].trim() };
}

function nextStateAfterCounselor(sents: CodedSentence[]): Pick<DialogState, 'permission'> {
  const last = sents[sents.length - 1];
  return { permission: last && last.isQuestion && isPermissionAsk(last.norm) ? 'asked' : 'none' };
}

function nextStateAfterClient(state: DialogState, norm: string): Pick<DialogState, 'permission'> {
  if (CLIENT_ASKS_ADVICE.test(norm)) return { permission: 'granted' };
  if (state.permission === 'asked') return { permission: CLIENT_DECLINES.test(norm.trim()) ? 'none' : 'granted' };
  return { permission: 'none' };
}

function toParagraphHit(hit: Hit, s: Sentence, original: string, masked: string, autonomyPhrases: readonly string[]): ParagraphHit {
  const def = hit.rule.def;
  const ctx = {
    text: original,
    sentenceStart: s.start,
    sentenceEnd: s.end,
    norm: s.norm,
    match: hit.match,
    replacement: hit.replacement,
    autonomyPhrases,
  };
  // Fixes are built on first use (a code action, a hover, the CLI's output), not for every diagnostic: some
  // rewrites need compromise, and the editor should show squiggles without waiting for it.
  const buildFixes = (): ProposedFix[] => {
  const fixes: ProposedFix[] = [];
  for (const spec of def.fixes) {
    const build = spec.kind === 'replace' ? replaceHighlight : REWRITES[spec.name];
    const fix = build?.(ctx);
    // A fix must not touch skipped text (code, comments) inside the sentence.
    if (!fix || !fix.edits.every((e) => masked.slice(e.start, e.end) === original.slice(e.start, e.end))) continue;
    // two builders can arrive at the same text; offer it once
    if (!fixes.some((f) => JSON.stringify(f.edits) === JSON.stringify(fix.edits))) fixes.push(fix);
  }
  return fixes;
  };
  let fixes: ProposedFix[] | undefined;
  return {
    ruleId: def.id,
    start: s.start + hit.match.hlStart,
    end: s.start + hit.match.hlEnd,
    get fixes() {
      return (fixes ??= buildFixes());
    },
  };
}
