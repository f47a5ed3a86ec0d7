// The whole catalogue, in the order findings are reported when two rules tie on position.

import type { RuleDef } from '../types';
import { autonomyRules } from './autonomy';
import { confrontRules } from './confront';
import { directiveRules } from './directive';
import { stigmaRules } from './stigma';

export const RULES: readonly RuleDef[] = [...confrontRules, ...directiveRules, ...stigmaRules, ...autonomyRules];

export const RULES_BY_ID: ReadonlyMap<string, RuleDef> = new Map(RULES.map((r) => [r.id, r]));
