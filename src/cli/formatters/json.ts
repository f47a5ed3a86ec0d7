// --format json: one JSON array, exactly the contract in DESIGN.md: what JSON.stringify of
// [{ filePath, findings, utterances, metrics }, …] gives, written a finding at a time. A file's utterances
// follow all its findings, so they wait until the file ends, compactly (UtteranceStore).

import type { Finding, Metrics, Utterance } from '../../core/types';
import type { Formatter, Write } from './types';

export class JsonFormatter implements Formatter {
  private files = 0;
  private findings = 0;
  private utterances = new UtteranceStore();

  constructor(private readonly write: Write) {}

  beginFile(filePath: string): void {
    this.write(`${this.files++ ? ',' : '['}{"filePath":${JSON.stringify(filePath)},"findings":[`);
    this.findings = 0;
  }

  paragraph(findings: readonly Finding[], utterances: readonly Utterance[]): void {
    for (const f of findings) this.write((this.findings++ ? ',' : '') + JSON.stringify(f));
    for (const u of utterances) this.utterances.add(u);
  }

  endFile(metrics: Metrics): void {
    this.write('],"utterances":[');
    this.utterances.writeJson(this.write);
    this.utterances = new UtteranceStore();
    this.write(`],"metrics":${JSON.stringify(metrics)}}`);
  }

  end(): void {
    this.write(this.files ? ']\n' : '[]\n');
  }
}

const NO_RANGE = '"range":null';

/**
 * Utterances kept as their ranges' numbers plus the JSON of everything else, shared: a session's
 * utterances differ in little but their range, so this costs a few bytes each where objects or JSON text
 * would cost a hundred or more. Written back, each is exactly JSON.stringify(utterance).
 */
export class UtteranceStore {
  private readonly rests = new Map<string, number>();
  private readonly parts: Array<[before: string, after: string]> = [];
  /** Per utterance: which rest, then start line, start character, end line, end character. */
  private nums = new Int32Array(5 * 256);
  private count = 0;

  add(u: Utterance): void {
    const rest = JSON.stringify({ ...u, range: null });
    let id = this.rests.get(rest);
    if (id === undefined) {
      const at = rest.indexOf(NO_RANGE);
      id = this.parts.push([rest.slice(0, at), rest.slice(at + NO_RANGE.length)]) - 1;
      this.rests.set(rest, id);
    }
    if (5 * (this.count + 1) > this.nums.length) {
      const bigger = new Int32Array(this.nums.length * 2);
      bigger.set(this.nums);
      this.nums = bigger;
    }
    const { start, end } = u.range;
    const o = 5 * this.count++;
    this.nums[o] = id;
    this.nums[o + 1] = start.line;
    this.nums[o + 2] = start.character;
    this.nums[o + 3] = end.line;
    this.nums[o + 4] = end.character;
  }

  /** The utterances' JSON, comma-separated. */
  writeJson(write: (text: string) => void): void {
    const n = this.nums;
    for (let i = 0, o = 0; i < this.count; i++, o += 5) {
      const [before, after] = this.parts[n[o]];
      const range = `"range":{"start":{"line":${n[o + 1]},"character":${n[o + 2]}},"end":{"line":${n[o + 3]},"character":${n[o + 4]}}}`;
      write((i ? ',' : '') + before + range + after);
    }
  }
}
