// The library's public face (dist/core.js): what the CLI, the extension and other tools use.

export { lint, createLinter, type Linter } from './lint';
export type { LintOptions } from './options';
export { DEFAULT_AUTONOMY_PHRASES } from './options';
export { DEFAULT_SPEAKER_LABELS, type SpeakerLabels } from './speakers';
export { LineIndex } from './positions';
export { THRESHOLDS, rateMetrics, formatFigure, type FigureRating, type Rating, type RatedFigure, type Threshold } from './metrics';
export { changeTalkSpans, darnCat, changeTalkLabel, CHANGE_TALK_TYPES, type ChangeTalkSpan } from './change-talk';
export { nlpLoaded } from './nlp';
export { reflect, withAutonomy, type Reflection } from '../rewrite';
export * from './types';
export { RULES, RULES_BY_ID } from '../rules/catalogue';
export type { RuleDef } from '../rules/types';
export { catalogueProblems, exampleProblems } from '../rules/validate';
export { precompileCatalogue } from '../rules/engine';
export { renderRulesMarkdown } from '../rules/docs';
export { parseConfig, validateConfig, mergeOptions, SEVERITY_SETTINGS, type ConfigProblem, type ConfigResult } from './config';
