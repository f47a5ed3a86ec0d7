// Speaker labels: "Counselor: …", "**T:** …", "[00:12] Client: …". A line that starts with a label starts a turn.

import type { Speaker } from './types';

export interface SpeakerLabels {
  counselor: string[];
  client: string[];
}

// "C:" is the client by MI-transcript convention (MITI/MISC), so it is not a counselor label.
export const DEFAULT_SPEAKER_LABELS: SpeakerLabels = {
  counselor: ['Counselor', 'Counsellor', 'Therapist', 'Clinician', 'Coach', 'Interviewer', 'Provider', 'Me', 'T', 'I'],
  client: ['Client', 'Patient', 'Pt', 'Participant', 'C', 'P'],
};

export interface LabelMatch {
  speaker: Speaker;
  /** Length of the label prefix (markers, label, colon and following spaces) from the line start. */
  length: number;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compiles the label lists into one anchored regular expression. */
export class SpeakerLabelMatcher {
  private readonly re: RegExp;
  private readonly bySpelling = new Map<string, Speaker>();

  constructor(labels: SpeakerLabels = DEFAULT_SPEAKER_LABELS) {
    for (const l of labels.counselor) this.bySpelling.set(l.toLowerCase(), 'counselor');
    for (const l of labels.client) this.bySpelling.set(l.toLowerCase(), 'client');
    const alternatives = [...this.bySpelling.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
    // optional quote/list marker, optional timestamp, optional emphasis, label, optional turn number, colon
    this.re = new RegExp(
      '^[ \\t]*(?:>[ \\t]*)?(?:[-*+][ \\t]+)?' +
        '(?:\\[?\\d{1,2}:\\d{2}(?::\\d{2})?\\]?[ \\t]+)?' +
        '(?:\\*\\*|__|\\*|_)?(' + (alternatives || '(?!)') + ')(?:[ \\t]?\\d{1,3})?' +
        '(?:\\*\\*|__|\\*|_)?[ \\t]*[:\\uFF1A](?:\\*\\*|__|\\*|_)?[ \\t]*',
      'i',
    );
  }

  /** Matches a label at the start of a line (the line's text, without its break). */
  match(line: string): LabelMatch | null {
    const m = this.re.exec(line);
    if (!m) return null;
    const speaker = this.bySpelling.get(m[1].toLowerCase());
    if (!speaker) return null;
    // "I: " is a label; "I:00" or "T:10" (times, ratios) are not.
    const next = line.charAt(m[0].length);
    if (m[0].length === line.length || /[\d/]/.test(next)) {
      if (m[1].length === 1 && /\d/.test(next)) return null;
    }
    return { speaker, length: m[0].length };
  }
}
