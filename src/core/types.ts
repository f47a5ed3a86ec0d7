// The public shapes of MI Lint's answer. They follow the contract in DESIGN.md exactly, because the CLI's
// JSON output, the evaluation tool and the extension all read them.

/** 0-based line and UTF-16 character, as in the LSP and VS Code. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export type Family = 'directive' | 'confront' | 'stigma' | 'autonomy';
export const FAMILIES: readonly Family[] = ['directive', 'confront', 'stigma', 'autonomy'];

/** MITI 4.2.1 behaviour codes, kebab-case. */
export type MiCode =
  | 'open-question'
  | 'closed-question'
  | 'simple-reflection'
  | 'complex-reflection'
  | 'affirm'
  | 'seeking-collaboration'
  | 'emphasizing-autonomy'
  | 'giving-information'
  | 'persuade'
  | 'persuade-with-permission'
  | 'confront';

/** Who is speaking in a stretch of text. "author" is unlabelled text: the writer's own note or drafted message. */
export type Speaker = 'author' | 'counselor' | 'client';

export type Talk = 'change' | 'sustain' | 'neutral';

/** DARN-CAT: the kind of change talk (Miller & Rollnick). Desire, Ability, Reason, Need prepare; the rest mobilize. */
export type ChangeTalkType = 'desire' | 'ability' | 'reason' | 'need' | 'commitment' | 'activation' | 'taking-steps';

export interface Finding {
  ruleId: string;
  family: Family;
  /** `persuade` or `confront` for MI-non-adherent language; null for stigmatizing documentation. */
  miCode: MiCode | null;
  severity: Severity;
  message: string;
  range: Range;
  fixes: Fix[];
}

export interface Utterance {
  speaker: Speaker;
  range: Range;
  codes: MiCode[];
  /** Client turns only: change talk, sustain talk or neither. */
  talk: Talk | null;
  /** Client change talk only: its DARN-CAT kind, when a cue names one (beyond the DESIGN.md contract). */
  changeTalkType?: ChangeTalkType;
  /**
   * Counselor turns only: the turn's main code is its question, and it also reflects (it reflects, then
   * asks). Counted as a reflection in the session's metrics, as MITI counts both (beyond the DESIGN.md contract).
   */
  alsoReflects?: 'simple-reflection' | 'complex-reflection';
}

export interface Metrics {
  reflections: number;
  questions: number;
  openQuestions: number;
  complexReflections: number;
  reflectionToQuestion: number | null;
  percentOpenQuestions: number | null;
  percentComplexReflections: number | null;
  counselorTalkShare: number | null;
  miAdherent: number;
  miNonAdherent: number;
  /** MITI 3.1.1 % MI-adherent: adherent / (adherent + non-adherent); null when neither occurs. */
  percentMiAdherent: number | null;
  changeTalk: number;
  sustainTalk: number;
}

export interface LintResult {
  findings: Finding[];
  utterances: Utterance[];
  metrics: Metrics;
}
