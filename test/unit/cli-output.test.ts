// The CLI's streaming output (src/cli/output.ts) against a stream that fills up and drains at times the
// writer does not choose: the waits must end, and nothing may be lost or reordered.

import * as assert from 'assert';
import { EventEmitter } from 'events';
import { Output } from '../../src/cli/output';

/** A writable that reports full after every write until drain() is called, like a pipe with a slow reader. */
class SlowPipe extends EventEmitter {
  readonly chunks: string[] = [];
  full = false;
  write(s: string): boolean {
    this.chunks.push(s);
    this.full = true;
    return false;
  }
  drain(): void {
    this.full = false;
    this.emit('drain');
  }
}

const piece = (n: number) => `${String(n).padStart(8, '0')}`.repeat(1024); // 8 KB

describe('CLI output', () => {
  it('a drain that comes before anyone waits still ends the next wait', async () => {
    const pipe = new SlowPipe();
    const out = new Output(pipe as unknown as NodeJS.WritableStream);
    for (let i = 0; i < 8; i++) out.write(piece(i)); // 64 KB: flushed, the pipe reports full
    assert.strictEqual(pipe.chunks.length, 1);
    pipe.drain(); // the reader catches up while the writer is still linting
    const settled = await Promise.race([out.drained().then(() => 'drained'), new Promise((r) => setImmediate(() => r('waiting')))]);
    assert.strictEqual(settled, 'drained');
  });

  it('waits while the pipe is full and resumes on its drain', async () => {
    const pipe = new SlowPipe();
    const out = new Output(pipe as unknown as NodeJS.WritableStream);
    for (let i = 0; i < 8; i++) out.write(piece(i));
    let done = false;
    const wait = out.drained().then(() => (done = true));
    await new Promise((r) => setImmediate(r));
    assert.strictEqual(done, false, 'drained() must wait for a full pipe');
    pipe.drain();
    await wait;
    assert.strictEqual(done, true);
  });

  it('close() writes what is gathered, in order', async () => {
    const pipe = new SlowPipe();
    const out = new Output(pipe as unknown as NodeJS.WritableStream);
    const sent: string[] = [];
    for (let i = 0; i < 20; i++) {
      const s = piece(i).slice(0, 1000 + i * 997);
      sent.push(s);
      out.write(s);
      if (pipe.full) {
        const w = out.drained();
        pipe.drain();
        await w;
      }
    }
    const closing = out.close();
    pipe.drain();
    await closing;
    assert.strictEqual(pipe.chunks.join(''), sent.join(''));
  });
});
