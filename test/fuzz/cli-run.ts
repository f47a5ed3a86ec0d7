// Runs the CLI's main() in-process with captured output, and makes scratch folders of files.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PassThrough } from 'stream';
import { decode } from '../../src/cli/inputs';
import { main, type Io } from '../../src/cli/main';

export async function runCli(args: string[], cwd: string, stdin: Buffer | string = ''): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  const io: Io = { stdout, stderr, cwd, readStdin: async () => decode('<stdin>', Buffer.from(stdin)) };
  const code = await main(args, io);
  return { code, out, err };
}

export function scratchDir(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mi-lint-rel-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}
