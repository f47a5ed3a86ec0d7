// lint() and createLinter(): the whole pipeline. Mask what is not prose, split into paragraphs, lint each
// paragraph (from the cache when its text and incoming dialog state are unchanged), then apply the
// document's directives and the user's severities, and convert offsets to line/character ranges.

import { RULES_BY_ID } from '../rules/catalogue';
import { Suppressions } from './directives';
import { addTally, emptyTally, metricsOf, tally, type CountedUtterance } from './metrics';
import { prepare, type Previous } from './incremental';
import { mask, nothingToMask, type Masked } from './mask';
import { DEFAULT_AUTONOMY_PHRASES, speakerLabelsOf, type LintOptions } from './options';
import { INITIAL_STATE, lintParagraph, stateKey, type DialogState } from './paragraph';
import { cacheEntry, detach, lineBreaksIn, ParagraphCache, type BuiltParagraph, type CachedParagraph } from './paragraph-cache';
import { LineIndex } from './positions';
import { SpeakerLabelMatcher } from './speakers';
import { eachParagraph, type Paragraph } from './segment';
import type { Finding, LintResult, Metrics, Range, Severity, SeveritySetting, Utterance } from './types';

/** One paragraph's share of a LintResult. */
export interface ParagraphOutput {
  findings: Finding[];
  utterances: Utterance[];
}

export interface Linter {
  lint(text: string): LintResult;
  /**
   * lint() a paragraph at a time, for documents whose whole result is too big to hold: yields each
   * paragraph's findings and utterances, in lint()'s order, and returns the metrics. It bypasses the
   * paragraph cache, so nothing of the document is kept once the caller drops what was yielded.
   */
  lintParagraphs(text: string): Generator<ParagraphOutput, Metrics, void>;
  /** Number of paragraphs linted (not served from cache) by the last call; for tests and benchmarks. */
  readonly lastMisses: number;
}

export function createLinter(options: LintOptions = {}): Linter {
  const labelLists = speakerLabelsOf(options);
  const labels = new SpeakerLabelMatcher(labelLists);
  // In a SOAP/DAP/BIRP note, "P:" is the plan and "I:" the intervention, not a patient or interviewer.
  const noteLabels = new SpeakerLabelMatcher({
    counselor: labelLists.counselor.filter((l) => l.length > 1),
    client: labelLists.client.filter((l) => l.length > 1),
  });
  const autonomyPhrases = options.autonomyPhrases?.length ? options.autonomyPhrases : DEFAULT_AUTONOMY_PHRASES;
  const severityOf = severityResolver(options);
  const cache = new ParagraphCache();
  let misses = 0;
  let previous: Previous | undefined;

  function lint(text: string): LintResult {
    const findings: Finding[] = [];
    const utterances: Utterance[] = [];
    const run = lintEach(text, true);
    for (let step = run.next(); ; step = run.next()) {
      if (step.done) return { findings, utterances, metrics: step.value };
      for (let i = 0; i < step.value.findings.length; i++) findings.push(step.value.findings[i]);
      for (let i = 0; i < step.value.utterances.length; i++) utterances.push(step.value.utterances[i]);
    }
  }

  function lintParagraphs(text: string): Generator<ParagraphOutput, Metrics, void> {
    return lintEach(text, false);
  }

  /**
   * A paragraph's findings (sorted as lint() returns them: by offset, then rule id) and utterances, with
   * ranges moved to the paragraph's first `line`. `keep` applies the document's directives.
   */
  function buildParagraph(entry: CachedParagraph, line: number, keep: (ruleId: string, start: number, line: number) => boolean): BuiltParagraph {
    const { result } = entry;
    const hits: Array<{ start: number; finding: Finding }> = [];
    for (let i = 0; i < result.hits.length; i++) {
      const h = result.hits[i];
      const rule = RULES_BY_ID.get(h.ruleId)!;
      const severity = severityOf(rule.id, rule.family, rule.severity);
      if (severity === 'off') continue;
      const range = shift(entry.hitRanges[i], line);
      if (!keep(rule.id, h.start, range.start.line)) continue;
      let fixes: Finding['fixes'] | undefined;
      hits.push({
        start: h.start,
        finding: {
          ruleId: rule.id,
          family: rule.family,
          miCode: rule.miCode,
          severity,
          message: rule.message,
          range,
          // built on first read (paragraph.ts says why); an enumerable getter, so JSON and copies see plain data
          get fixes() {
            return (fixes ??= h.fixes.map((f) => ({
              title: f.title,
              edits: f.edits.map((e) => ({ range: shift(entry.index.range(e.start, e.end), line), newText: e.newText })),
            })));
          },
        },
      });
    }
    hits.sort((a, b) => a.start - b.start || a.finding.ruleId.localeCompare(b.finding.ruleId));
    const utterances: Utterance[] = [];
    const counted: CountedUtterance[] = [];
    result.utterances.forEach((u, i) => {
      const range = shift(entry.utteranceRanges[i], line);
      const kind = entry.changeTalk[i];
      const cu: CountedUtterance = { speaker: u.speaker, range, codes: u.codes, talk: u.talk, words: u.words };
      const out: Utterance = { speaker: u.speaker, range, codes: u.codes, talk: u.talk };
      if (kind) cu.changeTalkType = out.changeTalkType = kind;
      if (u.alsoReflects) cu.alsoReflects = out.alsoReflects = u.alsoReflects;
      counted.push(cu);
      utterances.push(out);
    });
    return { line, findings: hits.map((h) => h.finding), utterances, tally: tally(counted) };
  }

  /** The lint of `text`, a paragraph at a time; `remember`ing it in the cache, from the last lint on. */
  function* lintEach(text: string, remember: boolean): Generator<ParagraphOutput, Metrics, void> {
    let masked: Masked;
    let paras: Iterable<Paragraph>;
    let count = 0;
    let unchangedFrom: Int32Array | undefined;
    if (remember) {
      const prepared = prepare(text, previous);
      previous = { text, prepared };
      ({ masked, paragraphs: paras, unchangedFrom } = prepared);
      count = prepared.paragraphs.length;
    } else {
      // one at a time: the paragraphs of a huge document are not all kept
      masked = nothingToMask(text) ? { text, directives: [] } : mask(text);
      paras = eachParagraph(masked.text);
    }
    // The document's line index is needed only for directives and fixes; ranges come from the paragraphs.
    let lineIndex: LineIndex | undefined;
    const index = () => (lineIndex ??= new LineIndex(text));
    const suppressions = new Suppressions(
      masked.directives,
      (o) => index().position(o).line,
      (line) => nextContentLine(text, index(), line),
    );
    misses = 0;
    let state: DialogState = INITIAL_STATE;
    const isNote = looksLikeStructuredNote(masked.text);
    const docLabels = isNote ? noteLabels : labels;
    const sums = emptyTally();
    let line = 0;
    let lineAt = 0;
    let pi = -1;

    for (const p of paras) {
      pi++;
      // a paragraph the edit did not touch needs no comparison of its text
      let entry = unchangedFrom && unchangedFrom[pi] >= 0 ? cache.reuse(unchangedFrom[pi], stateKey(state), isNote) : undefined;
      if (!entry && remember) {
        const original = text.slice(p.start, p.end);
        const maskedSlice = masked.text.slice(p.start, p.end);
        entry = cache.get(pi, count, original, maskedSlice, stateKey(state), isNote);
      }
      if (!entry) {
        const original = text.slice(p.start, p.end);
        const maskedSlice = masked.text.slice(p.start, p.end);
        // only what is cached must not pin the document
        const own = remember ? detach(original) : original;
        const ownMasked = maskedSlice === original ? own : remember ? detach(maskedSlice) : maskedSlice;
        const result = lintParagraph({ original: own, masked: ownMasked, state, labels: docLabels, autonomyPhrases });
        entry = cacheEntry(own, ownMasked, stateKey(state), isNote, result);
        if (remember) cache.add(entry);
        misses++;
      }
      state = entry.result.stateOut;
      line += lineBreaksIn(text, lineAt, p.start);
      lineAt = p.start;

      // Without directives, a paragraph that stays on its line keeps last lint's output objects.
      let built: BuiltParagraph;
      if (!suppressions.empty) {
        const at = p.start;
        built = buildParagraph(entry, line, (id, start, l) => !suppressions.isSuppressed(id, at + start, l));
      } else if (entry.built?.line === line) built = entry.built;
      else built = entry.built = buildParagraph(entry, line, () => true);
      addTally(sums, built.tally);
      line += entry.lineBreaks;
      lineAt = p.end;
      yield { findings: built.findings, utterances: built.utterances };
    }
    if (remember) cache.commit();
    return metricsOf(sums);
  }

  return {
    lint,
    lintParagraphs,
    get lastMisses() {
      return misses;
    },
  };
}

/** Lints a text once. For repeated lints of a changing document, use createLinter(). */
export function lint(text: string, options: LintOptions = {}): LintResult {
  return createLinter(options).lint(text);
}

/** A range relative to a paragraph's first line, moved to the paragraph's line in the document. */
function shift(r: Range, line: number): Range {
  return { start: { line: r.start.line + line, character: r.start.character }, end: { line: r.end.line + line, character: r.end.character } };
}

function severityResolver(o: LintOptions): (id: string, family: string, def: Severity) => SeveritySetting {
  return (id, family, def) => {
    const perRule = o.rules?.[id];
    if (perRule) return perRule;
    const fam = o.families?.[family as keyof NonNullable<LintOptions['families']>];
    if (fam === false || fam === 'off') return 'off';
    if (typeof fam === 'string') return fam;
    return def;
  };
}

// Field letters of SOAP (S, O, A, P), DAP (D, A, P) and BIRP (B, I, R, P) notes that are not speaker labels.
const NOTE_FIELD_LINE = /^[ \t>*_#-]*(?:\*\*|__)?([SOADBR])(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]/gm;

/** A note that uses at least two single-letter field labels is a structured clinical note. */
function looksLikeStructuredNote(masked: string): boolean {
  const seen = new Set<string>();
  for (const m of masked.matchAll(NOTE_FIELD_LINE)) {
    seen.add(m[1]);
    if (seen.size >= 2) return true;
  }
  return false;
}

function nextContentLine(text: string, index: LineIndex, line: number): number {
  for (let l = line + 1; l < index.lineCount; l++) {
    const start = index.offset({ line: l, character: 0 });
    const end = index.offset({ line: l, character: Number.MAX_SAFE_INTEGER });
    if (text.slice(start, end).trim()) return l;
  }
  return line + 1;
}
