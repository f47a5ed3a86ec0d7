// The named rewrites the rule catalogue refers to. Each builder is pure: (context) → one fix or none.

import { blameToCurious, labelToBehaviour, softenAbsolute } from './confront';
import { addAutonomy, askOpenQuestion, askPermission, warningToQuestion } from './directive';
import { replaceHighlight } from './replace';
import type { RewriteBuilder } from './types';

export const REWRITES: Readonly<Record<string, RewriteBuilder>> = {
  'ask-open-question': askOpenQuestion,
  'ask-permission': askPermission,
  'add-autonomy': addAutonomy,
  'warning-to-question': warningToQuestion,
  'blame-to-curious': blameToCurious,
  'soften-absolute': softenAbsolute,
  'label-to-behaviour': labelToBehaviour,
};

export { replaceHighlight };
export type { FixContext, ProposedFix, OffsetEdit, RewriteBuilder } from './types';
