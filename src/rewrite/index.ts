// The named rewrites the rule catalogue refers to. Each builder is pure: (context) → one fix or none.

import {
  absoluteToQuestion, argueToCurious, blameToCurious, curiousQuestion, honestyToCurious, labelToBehaviour,
  reflectDifficulty, seeItDifferently, shameToCurious, shouldHaveToCurious, softenAbsolute, whyToCurious,
} from './confront';
import { addAutonomy, adviceWithAutonomy, askOpenQuestion, askPermission, shareConcern, warningToQuestion } from './directive';
import { dropQuotes, replaceHighlight } from './replace';
import type { RewriteBuilder } from './types';

export const REWRITES: Readonly<Record<string, RewriteBuilder>> = {
  'ask-open-question': askOpenQuestion,
  'ask-permission': askPermission,
  'advice-with-autonomy': adviceWithAutonomy,
  'add-autonomy': addAutonomy,
  'warning-to-question': warningToQuestion,
  'share-concern': shareConcern,
  'why-to-curious': whyToCurious,
  'should-have-to-curious': shouldHaveToCurious,
  'blame-to-curious': blameToCurious,
  'honesty-to-curious': honestyToCurious,
  'argue-to-curious': argueToCurious,
  'shame-to-curious': shameToCurious,
  'soften-absolute': softenAbsolute,
  'absolute-to-question': absoluteToQuestion,
  'label-to-behaviour': labelToBehaviour,
  'curious-question': curiousQuestion,
  'reflect-difficulty': reflectDifficulty,
  'see-it-differently': seeItDifferently,
  'drop-quotes': dropQuotes,
};

export { replaceHighlight };
export { reflect, type Reflection } from './reflect';
export { withAutonomy, DEFAULT_AUTONOMY_PHRASE } from './autonomy';
export type { FixContext, ProposedFix, OffsetEdit, RewriteBuilder } from './types';
