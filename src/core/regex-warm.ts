// V8 runs a regular expression's first execution in its bytecode interpreter and compiles it to machine
// code for the next. For the rules' large patterns the interpreted run costs more than the compilation
// (about 1 ms each on one sentence; a cold first lint ran 130 of them), so the first lint of a note was
// mostly interpreting. V8 compiles at once when the subject has 1,000 characters or more: a first run on
// such a subject, made of one-character runs so that no pattern backtracks far in it, skips the interpreter.

const SUBJECT = '\u0001 '.repeat(500);

/** Has `re` compiled to machine code now (by a run whose result is dropped); its lastIndex is kept. */
export function compileNow(re: RegExp): void {
  const last = re.lastIndex;
  re.exec(SUBJECT);
  re.lastIndex = last;
}

/** Compiles `list()` (see compileNow) at the first call of the returned function: for the expressions a function runs on every call. */
export function compileOnFirstUse(list: () => readonly RegExp[]): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    for (const re of list()) compileNow(re);
  };
}
