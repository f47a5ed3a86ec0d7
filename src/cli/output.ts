// The CLI's standard output, written as it is produced: small pieces are gathered into chunks of about
// 64 KB, and the caller waits (drained) while the stream's buffer is full, so the output of a huge file
// never piles up in memory faster than the reader takes it.

const CHUNK = 64 * 1024;

export class Output {
  private pieces: string[] = [];
  private size = 0;
  private full = false;

  constructor(private readonly stream: NodeJS.WritableStream) {
    // A drain that comes while nobody waits must still count, or a later drained() waits for ever.
    stream.on('drain', () => (this.full = false));
  }

  readonly write = (s: string): void => {
    this.pieces.push(s);
    this.size += s.length;
    if (this.size >= CHUNK) this.flush();
  };

  /** Resolves once the stream can take more. */
  drained(): Promise<void> {
    if (!this.full) return Promise.resolve();
    return new Promise((resolve) => {
      this.stream.once('drain', () => resolve());
    });
  }

  /** Writes what is gathered and resolves once the stream has taken it, so a pipe is never cut short. */
  close(): Promise<void> {
    this.flush();
    return this.drained();
  }

  private flush(): void {
    if (!this.pieces.length) return;
    if (!this.stream.write(this.pieces.join(''))) this.full = true;
    this.pieces = [];
    this.size = 0;
  }
}
