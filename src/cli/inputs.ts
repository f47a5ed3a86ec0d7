// Turns the command line's files, globs and "-" into texts to lint, with one clear error per bad input.

import { isAscii, isUtf8 } from 'buffer';
import * as fs from 'fs';
import * as path from 'path';

export interface Input {
  /** Absolute path, or "<stdin>". */
  filePath: string;
  text?: string;
  error?: string;
}

const MAX_BYTES = 64 * 1024 * 1024;

/** Expands globs without a dependency: "*" and "?" within a name, "**" across folders. */
export function expandGlob(pattern: string, cwd: string): string[] {
  const abs = path.resolve(cwd, pattern);
  const parts = abs.split(path.sep);
  const firstGlob = parts.findIndex((p) => /[*?[]/.test(p));
  if (firstGlob < 0) return [abs];
  const root = parts.slice(0, firstGlob).join(path.sep) || path.sep;
  const re = globToRegExp(parts.slice(firstGlob).join('/'));
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name === 'node_modules' || e.name === '.git') continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full, r);
      else if (re.test(r)) out.push(full);
    }
  };
  walk(root, '');
  return out.sort();
}

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:[^/]*/)*' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Reads a file as UTF-8 text, or says why it cannot be linted. */
export function readInput(filePath: string): Input {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { filePath, error: code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? (e as Error).message})` };
  }
  if (stat.isDirectory()) return { filePath, error: 'is a directory (use a glob such as "notes/**/*.md")' };
  if (stat.size > MAX_BYTES) return { filePath, error: `too large (${stat.size} bytes; the limit is ${MAX_BYTES})` };
  let buf: Buffer;
  try {
    buf = fs.readFileSync(filePath);
  } catch (e) {
    return { filePath, error: `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  return decode(filePath, buf);
}

export function decode(filePath: string, buf: Buffer): Input {
  if (buf.subarray(0, 8000).includes(0)) return { filePath, error: 'binary content, skipped' };
  if (!isUtf8(buf)) return { filePath, error: 'not valid UTF-8 text, skipped' };
  // one byte-order mark is the encoding's; a second, the text's first character, is dropped as well
  const body = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  const text = body.length < OUTSIDE_HEAP_BYTES ? body.toString('utf8') : outsideHeap(body);
  return { filePath, text: text.replace(/^\uFEFF/, '') };
}

/** From this size on, a text is kept outside the JS heap (outsideHeap). */
const OUTSIDE_HEAP_BYTES = 1 << 20;
const DECODE_CHUNK = 1 << 16;

/**
 * Valid UTF-8 as a string that lives outside the JS heap. V8 grows its heap to a multiple of what is
 * live, so a 10 MB note held in the heap would cost several times its size; Node keeps a string made
 * from a large Latin-1 or UTF-16 buffer outside it (an external string), where it costs its size once.
 */
function outsideHeap(utf8: Buffer): string {
  if (isAscii(utf8)) return utf8.toString('latin1');
  const units = Buffer.allocUnsafe(2 * utf8.length);
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let at = 0;
  for (let i = 0; i < utf8.length; i += DECODE_CHUNK) at += units.write(decoder.decode(utf8.subarray(i, i + DECODE_CHUNK), { stream: true }), at, 'utf16le');
  at += units.write(decoder.decode(), at, 'utf16le');
  return units.toString('utf16le', 0, at);
}

export function readStdin(): Promise<Input> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(decode('<stdin>', Buffer.concat(chunks))));
    process.stdin.on('error', (e) => resolve({ filePath: '<stdin>', error: `cannot read stdin (${e.message})` }));
  });
}
