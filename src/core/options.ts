// Options for lint(): what the CLI's config file, the extension's settings and library callers may set.

import { DEFAULT_SPEAKER_LABELS, type SpeakerLabels } from './speakers';
import type { Family, SeveritySetting } from './types';

export interface LintOptions {
  /** Speaker labels; a list replaces the default list for that speaker. */
  speakerLabels?: Partial<SpeakerLabels>;
  /** Per-rule severity or "off", by rule id. */
  rules?: Record<string, SeveritySetting>;
  /** Per-family switch: false/"off" turns a family off, a severity overrides its rules' defaults. */
  families?: Partial<Record<Family, boolean | SeveritySetting>>;
  /** Autonomy-supporting phrases for fixes; the first is preferred. */
  autonomyPhrases?: string[];
}

export const DEFAULT_AUTONOMY_PHRASES = [
  'Whatever you decide is up to you.',
  "It's your decision.",
  'You know yourself best.',
  'Only you can decide whether and when.',
  "You're the expert on your own life.",
];

export function speakerLabelsOf(o: LintOptions): SpeakerLabels {
  return {
    counselor: o.speakerLabels?.counselor ?? DEFAULT_SPEAKER_LABELS.counselor,
    client: o.speakerLabels?.client ?? DEFAULT_SPEAKER_LABELS.client,
  };
}
