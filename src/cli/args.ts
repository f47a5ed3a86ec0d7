// Command-line arguments of mi-lint. Unknown flags are usage errors (exit 2), never ignored.

export type Format = 'text' | 'json' | 'sarif';

export interface CliArgs {
  command: 'lint' | 'report' | 'help' | 'version';
  format: Format;
  config?: string;
  noConfig: boolean;
  speakerLabels?: { counselor?: string[]; client?: string[] };
  out?: string;
  color: boolean | undefined;
  inputs: string[];
}

export class UsageError extends Error {}

export const USAGE = `Usage: mi-lint [options] FILE|GLOB|- ...
       mi-lint report FILE [--out report.html]

Lints counselors' notes and drafted messages for the spirit of Motivational Interviewing.

Options:
  -f, --format text|json|sarif   output format (default: text)
  -c, --config FILE              config file (default: nearest .milintrc.json)
      --no-config                ignore .milintrc.json files
      --speaker-labels SPEC      e.g. "counselor=T,Coach;client=C,Pt" (replaces the default lists)
      --out FILE                 with "report": where to write the HTML report
      --color / --no-color       force or disable colours in text output
  -h, --help                     show this help
  -v, --version                  show the version

Exit codes: 0 no warnings or errors, 1 findings at warning or error severity, 2 usage or input error.
Nothing is sent anywhere: mi-lint works offline.`;

export function parseArgs(argv: readonly string[]): CliArgs {
  const a: CliArgs = { command: 'lint', format: 'text', noConfig: false, color: undefined, inputs: [] };
  const rest = [...argv];
  if (rest[0] === 'report') {
    a.command = 'report';
    rest.shift();
  }
  const value = (flag: string): string => {
    const v = rest.shift();
    if (v === undefined || (v.startsWith('-') && v !== '-')) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  while (rest.length) {
    const x = rest.shift()!;
    const [flag, inline] = x.startsWith('--') && x.includes('=') ? [x.slice(0, x.indexOf('=')), x.slice(x.indexOf('=') + 1)] : [x, undefined];
    const take = (f: string) => (inline !== undefined ? inline : value(f));
    switch (flag) {
      case '-f':
      case '--format': {
        const f = take(flag);
        if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`unknown format "${f}" (text, json, sarif)`);
        a.format = f;
        break;
      }
      case '-c':
      case '--config':
        a.config = take(flag);
        break;
      case '--no-config':
        a.noConfig = true;
        break;
      case '--speaker-labels':
        a.speakerLabels = parseSpeakerLabels(take(flag));
        break;
      case '--out':
      case '-o':
        a.out = take(flag);
        break;
      case '--color':
        a.color = true;
        break;
      case '--no-color':
        a.color = false;
        break;
      case '-h':
      case '--help':
        a.command = 'help';
        break;
      case '-v':
      case '--version':
        a.command = 'version';
        break;
      case '--':
        a.inputs.push(...rest.splice(0));
        break;
      default:
        if (x.startsWith('-') && x !== '-') throw new UsageError(`unknown option ${x}`);
        a.inputs.push(x);
    }
  }
  if ((a.command === 'lint' || a.command === 'report') && a.inputs.length === 0) throw new UsageError('no input: give files, globs, or - for stdin');
  if (a.command === 'report' && a.inputs.length !== 1) throw new UsageError('report takes exactly one file');
  return a;
}

/** "counselor=T,Coach;client=C,Pt" → lists per speaker. */
export function parseSpeakerLabels(spec: string): { counselor?: string[]; client?: string[] } {
  const out: { counselor?: string[]; client?: string[] } = {};
  for (const part of spec.split(';').map((s) => s.trim()).filter(Boolean)) {
    const m = /^(counselor|client)\s*[=:]\s*(.+)$/i.exec(part);
    if (!m) throw new UsageError(`--speaker-labels: expected "counselor=A,B;client=C,D", got "${part}"`);
    const list = m[2].split(',').map((s) => s.trim()).filter(Boolean);
    if (!list.length) throw new UsageError(`--speaker-labels: no labels for ${m[1]}`);
    out[m[1].toLowerCase() as 'counselor' | 'client'] = list;
  }
  return out;
}
