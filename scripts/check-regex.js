#!/usr/bin/env node
// Rejects nested quantifiers — the shape behind catastrophic backtracking — in every regular expression MI
// Lint runs: the literals in src/ (read with the TypeScript parser) and the expressions the built library
// constructs at run time (the rule catalogue's compiled patterns, the prefilter, speaker labels, contexts),
// caught by wrapping the RegExp constructor while dist/core.js lints every catalogue example.
//
// A repetition inside a repetition, as in /(a+)+/ or /(\w+\s?)*/, lets the engine split the same text among
// the iterations in exponentially many ways. It is allowed only when the inner repetition is fenced in within
// the outer loop (the loop's own next and previous iteration included): nothing that may come right after it
// can be matched by it, and nothing right before it either where that neighbour's end can move (a loop or an
// optional part), so every split is forced. /(?: +[^ ]+){0,6}/ passes (spaces and non-spaces alternate),
// /(?:[a-z]+ ?)*/ and /(?:x?[^,]*,)*/ do not. The runtime side, every expression on 100 KB worst cases, is
// test/unit/redos.test.ts.
//
// Usage: node scripts/check-regex.js   (exit 1 with one line per problem). The functions are exported for tests.
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');

// ---------------------------------------------------------------------------------------------------------
// A small parser for JavaScript regular expressions: enough structure for first/last characters and nesting.

function parse(source, flags) {
  const unicode = /[uv]/.test(flags);
  let i = 0;
  const src = source;

  function parseAlt() {
    const start = i;
    const alts = [parseSeq()];
    while (src[i] === '|') {
      i++;
      alts.push(parseSeq());
    }
    return { type: 'alt', alts, start, end: i };
  }

  function parseSeq() {
    const items = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const start = i;
      const atom = parseAtom();
      let min = 1;
      let max = 1;
      const q = /^(?:[*+?]|\{(\d+)(?:(,)(\d*))?\})/.exec(src.slice(i));
      if (q && atom.type !== 'assert') {
        if (q[0] === '*') [min, max] = [0, Infinity];
        else if (q[0] === '+') [min, max] = [1, Infinity];
        else if (q[0] === '?') [min, max] = [0, 1];
        else {
          min = Number(q[1]);
          max = q[2] ? (q[3] === '' ? Infinity : Number(q[3])) : min;
        }
        i += q[0].length;
        if (src[i] === '?') i++; // lazy
      }
      items.push({ atom, min, max, start, end: i });
    }
    return { type: 'seq', items };
  }

  function parseAtom() {
    const start = i;
    const c = src[i];
    if (c === '(') {
      i++;
      let kind = 'group';
      const m = /^\?(?::|=|!|<=|<!|<([A-Za-z_$][\w$]*)>)/.exec(src.slice(i));
      if (m) {
        if (m[0] === '?=' || m[0] === '?!' || m[0] === '?<=' || m[0] === '?<!') kind = 'look';
        i += m[0].length;
      }
      const body = parseAlt();
      if (src[i] !== ')') throw new Error(`unbalanced ( at ${start} in /${src}/`);
      i++;
      return { type: kind, body, start, end: i };
    }
    if (c === '[') {
      i++;
      if (src[i] === '^') i++;
      if (src[i] === ']') i++; // "[]" edge: a literal ] first is not valid JS, but be lenient
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      i++;
      return { type: 'leaf', text: src.slice(start, i), start, end: i };
    }
    if (c === '\\') {
      const e = src[i + 1];
      if (e === 'b' || e === 'B') {
        i += 2;
        return { type: 'assert', text: src.slice(start, i), start, end: i };
      }
      if (/[1-9]/.test(e) || (e === 'k' && src[i + 2] === '<')) {
        i += e === 'k' ? src.indexOf('>', i) - i + 1 : /^\d+/.exec(src.slice(i + 1))[0].length + 1;
        return { type: 'backref', start, end: i };
      }
      const m =
        /^\\(?:u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|[pP]\{[^}]*\}|0|[\s\S])/.exec(src.slice(i));
      i += m[0].length;
      if (!unicode && /^\\[pP]\{/.test(m[0])) i = start + 2; // \p without u is just "p"
      return { type: 'leaf', text: src.slice(start, i), start, end: i };
    }
    if (c === '^' || c === '$') {
      i++;
      return { type: 'assert', text: c, start, end: i };
    }
    if (unicode && /[\uD800-\uDBFF]/.test(c) && /[\uDC00-\uDFFF]/.test(src[i + 1] || '')) i += 2;
    else i++;
    return { type: 'leaf', text: src.slice(start, i), start, end: i };
  }

  const tree = parseAlt();
  if (i !== src.length) throw new Error(`unexpected ${src[i]} at ${i} in /${src}/`);
  return tree;
}

// ---------------------------------------------------------------------------------------------------------
// Character sets, approximated on a sample alphabet: all of ASCII and a few characters from elsewhere that
// notes contain (curly quotes, ellipsis, accents, RTL letters, surrogates, odd spaces).

const ALPHABET = [];
for (let c = 0; c < 128; c++) ALPHABET.push(String.fromCharCode(c));
ALPHABET.push(...'\u00A0\u00E9\u0301\u2018\u2019\u201C\u201D\u2026\u2014\u2028\uFEFF\uFF1A\u05D0\u0627\u4E2D\uD83D\uDE00');
const ALL = (1n << BigInt(ALPHABET.length)) - 1n;

const leafCache = new Map();
function leafSet(text, flags) {
  const key = flags + '\u0000' + text;
  let set = leafCache.get(key);
  if (set !== undefined) return set;
  set = 0n;
  if (text.length === 1 && !/[.^$\\]/.test(text)) {
    // a plain character (the common case: words in alternations) needs no expression to test
    for (const ch of flags.includes('i') ? new Set([text, text.toLowerCase(), text.toUpperCase()]) : [text]) {
      const k = ALPHABET.indexOf(ch);
      if (k >= 0) set |= 1n << BigInt(k);
    }
    leafCache.set(key, set);
    return set;
  }
  let re;
  try {
    re = new RegExp(`^(?:${text})$`, flags.replace(/[gyd]/g, ''));
  } catch {
    re = null;
  }
  ALPHABET.forEach((ch, k) => {
    if (!re || re.test(ch)) set |= 1n << BigInt(k);
  });
  leafCache.set(key, set);
  return set;
}

/** first, last and all characters of a node, and whether it can match the empty string. */
function info(node, flags, memo = new Map()) {
  if (memo.has(node)) return memo.get(node);
  let r;
  switch (node.type) {
    case 'leaf': {
      const s = leafSet(node.text, flags);
      r = { first: s, last: s, chars: s, nullable: false };
      break;
    }
    case 'backref':
      r = { first: ALL, last: ALL, chars: ALL, nullable: true };
      break;
    case 'assert':
      // Without the m flag nothing comes before ^ or after $: a wall, not a pass-through.
      r = { first: 0n, last: 0n, chars: 0n, nullable: !(/^[$^]$/.test(node.text) && !flags.includes('m')) };
      break;
    case 'look':
      r = { first: 0n, last: 0n, chars: 0n, nullable: true };
      break;
    case 'group':
      r = info(node.body, flags, memo);
      break;
    case 'alt': {
      r = { first: 0n, last: 0n, chars: 0n, nullable: false };
      for (const a of node.alts) {
        const x = info(a, flags, memo);
        r = { first: r.first | x.first, last: r.last | x.last, chars: r.chars | x.chars, nullable: r.nullable || x.nullable };
      }
      break;
    }
    case 'seq':
      r = seqInfo(node.items, flags, memo);
      break;
  }
  memo.set(node, r);
  return r;
}

function itemInfo(item, flags, memo) {
  let r = memo.get(item);
  if (!r) {
    const x = info(item.atom, flags, memo);
    memo.set(item, (r = { ...x, nullable: x.nullable || item.min === 0 || item.max === 0 }));
  }
  return r;
}

function seqInfo(items, flags, memo) {
  let first = 0n;
  let last = 0n;
  let chars = 0n;
  let nullable = true;
  for (const it of items) {
    const x = itemInfo(it, flags, memo);
    if (nullable) first |= x.first;
    nullable = nullable && x.nullable;
    chars |= x.chars;
  }
  let tailNullable = true;
  for (let k = items.length - 1; k >= 0 && tailNullable; k--) {
    const x = itemInfo(items[k], flags, memo);
    last |= x.last;
    tailNullable = x.nullable;
  }
  return { first, last, chars, nullable };
}

// ---------------------------------------------------------------------------------------------------------
// The nesting check.

/**
 * Problems with nested quantifiers in one regular expression (empty when it is safe).
 * @param {string} source
 * @param {string} flags
 * @returns {string[]}
 */
function nestedQuantifiers(source, flags = '') {
  const tree = parse(source, flags);
  const memo = new Map();
  const problems = [];
  const movable = new Map();
  const show = (n) => source.slice(n.start, n.end);

  function walkAlt(alt, follow, precede, outer) {
    for (const seq of alt.alts) walkSeq(seq, follow, precede, outer);
  }

  // What may follow a repetition counts in full: a greedy loop can stop before any character it could also
  // eat. What precedes it counts only where that neighbour's end can move (a loop or an optional part at its
  // end): a fixed neighbour pins where the repetition starts.
  function walkSeq(seq, follow, precede, outer) {
    const items = seq.items;
    const n = items.length;
    // first characters and nullability of every suffix, computed once from the end
    const sufFirst = new Array(n + 1).fill(0n);
    const sufNullable = new Array(n + 1).fill(true);
    for (let k = n - 1; k >= 0; k--) {
      const x = itemInfo(items[k], flags, memo);
      sufFirst[k] = x.first | (x.nullable ? sufFirst[k + 1] : 0n);
      sufNullable[k] = x.nullable && sufNullable[k + 1];
    }
    items.forEach((item, k) => {
      const f = sufFirst[k + 1] | (sufNullable[k + 1] ? follow : 0n);
      let p = 0n;
      let j = k - 1;
      for (; j >= 0; j--) {
        if (movableEnd(items[j])) p |= itemInfo(items[j], flags, memo).last;
        if (!itemInfo(items[j], flags, memo).nullable) break;
      }
      if (j < 0) p |= precede;
      walkItem(item, f, p, outer);
    });
  }

  /** Whether where a node's match ends can vary: it ends in a repetition, an optional part or a back-reference. */
  function movableEnd(node) {
    let v = movable.get(node);
    if (v === undefined) movable.set(node, (v = movableEndOf(node)));
    return v;
  }
  function movableEndOf(node) {
    switch (node.type) {
      case 'backref':
        return true;
      case 'group':
        return movableEnd(node.body);
      case 'alt':
        return node.alts.some(movableEnd);
      case 'seq':
        for (let k = node.items.length - 1; k >= 0; k--) {
          if (movableEnd(node.items[k])) return true;
          if (!itemInfo(node.items[k], flags, memo).nullable) return false;
        }
        return false;
      default:
        if ('atom' in node) return node.min !== node.max || movableEnd(node.atom);
        return false;
    }
  }

  function walkItem(item, follow, precede, outer) {
    const atom = item.atom;
    const repeats = item.max > 1;
    if (atom.type === 'look') return walkAlt(atom.body, 0n, 0n, null);
    if (repeats && outer) {
      const x = info(atom, flags, memo);
      if ((x.chars & follow) !== 0n || (x.chars & precede) !== 0n) {
        problems.push(`nested quantifier: ${show(item)} repeats inside ${show(outer)}, and what it matches can also come next to it, so the text splits among the iterations in many ways`);
      }
    }
    if (atom.type !== 'group') return;
    if (repeats) {
      const x = info(atom, flags, memo);
      walkAlt(atom.body, (outer ? follow : 0n) | x.first, (outer ? precede : 0n) | x.last, outer ?? item);
    } else {
      walkAlt(atom.body, follow, precede, outer);
    }
  }

  walkAlt(tree, 0n, 0n, null);
  return problems;
}

/**
 * Characters each repetition in an expression loops on (a space or a letter where it takes one), for worst-case
 * inputs: a long run of them, then a character that ends the run, makes a quadratic scan show.
 * @returns {string[]}
 */
function loopCharacters(source, flags = '') {
  const memo = new Map();
  const out = new Set();
  const visit = (node) => {
    if (node.type === 'alt') node.alts.forEach(visit);
    else if (node.type === 'seq') {
      for (const item of node.items) {
        if (item.max > 1) {
          const set = info(item.atom, flags, memo).chars;
          const has = (ch) => (set >> BigInt(ALPHABET.indexOf(ch))) & 1n;
          const first = ALPHABET.findIndex((_, k) => (set >> BigInt(k)) & 1n);
          for (const ch of [' ', 'a', first >= 0 ? ALPHABET[first] : null]) if (ch !== null && has(ch)) out.add(ch);
        }
        visit(item.atom);
      }
    } else if (node.type === 'group' || node.type === 'look') visit(node.body);
  };
  visit(parse(source, flags));
  return [...out];
}

// ---------------------------------------------------------------------------------------------------------
// Collecting the expressions.

function tsFiles(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(full));
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/**
 * Every regular expression literal in src/, with where it is.
 * @returns {Array<{where: string, source: string, flags: string}>}
 */
function literalRegexes(srcDir = path.join(ROOT, 'src')) {
  const ts = require('typescript');
  const out = [];
  for (const file of tsFiles(srcDir)) {
    const text = fs.readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = node.getText(sf);
        const slash = lit.lastIndexOf('/');
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        out.push({ where: `${path.relative(ROOT, file)}:${line + 1}`, source: lit.slice(1, slash), flags: lit.slice(slash + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/**
 * Every regular expression a build of the library constructs with `new RegExp` (module set-up, the compiled
 * rule catalogue and prefilter, speaker labels) while it lints every catalogue example, with default and
 * custom speaker labels. The modules under `ownDir` are loaded afresh for this and the old ones put back.
 * Expressions built by dependencies (compromise) are left out: they are not ours.
 * @returns {Array<{where: string, source: string, flags: string}>}
 */
function runtimeRegexes(corePath = path.join(ROOT, 'dist', 'core.js'), ownDir = path.dirname(corePath)) {
  const resolved = require.resolve(corePath);
  const mine = (file) => file.startsWith(ownDir) && !file.includes('node_modules') && !file.includes('compromise');
  const saved = Object.keys(require.cache).filter(mine).map((k) => [k, require.cache[k]]);
  for (const [k] of saved) delete require.cache[k];
  const Original = globalThis.RegExp;
  const seen = new Map();
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      const re = Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget);
      const frames = (new Error().stack || '').split('\n').slice(2).filter((l) => !l.includes(__filename));
      const file = (/\(?(\/[^():]+):\d+:\d+\)?$/.exec(frames[0] || '') || [])[1] || '';
      if (mine(file)) {
        const key = `/${re.source}/${re.flags}`;
        if (!seen.has(key)) seen.set(key, { where: `built at run time (${path.relative(ROOT, file)})`, source: re.source, flags: re.flags });
      }
      return re;
    },
  });
  try {
    const core = require(resolved);
    const examples = core.RULES.flatMap((r) => [...r.examples.flag, ...r.examples.pass]);
    const text = examples.join('\n\nCounselor: ');
    core.lint(text);
    core.lint(text, { speakerLabels: { counselor: ['Dr. X', 'T'], client: ['C', 'Pt (1)'] } });
  } finally {
    globalThis.RegExp = Original;
    for (const k of Object.keys(require.cache).filter(mine)) delete require.cache[k];
    for (const [k, m] of saved) require.cache[k] = m;
  }
  return [...seen.values()];
}

function main() {
  const literals = literalRegexes();
  const built = fs.existsSync(path.join(ROOT, 'dist', 'core.js')) ? runtimeRegexes() : [];
  if (!built.length) {
    console.error('check-regex: dist/core.js is missing or built no expressions; run the build first');
    process.exit(1);
  }
  const problems = [];
  for (const r of [...literals, ...built]) {
    let found;
    try {
      found = nestedQuantifiers(r.source, r.flags);
    } catch (e) {
      found = [`cannot parse: ${e.message}`];
    }
    for (const p of found) problems.push(`${r.where}: /${r.source.length > 120 ? r.source.slice(0, 117) + '...' : r.source}/${r.flags}\n    ${p}`);
  }
  if (problems.length) {
    console.error(`check-regex: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`check-regex: ${literals.length} literals in src/ and ${built.length} expressions built at run time: no nested quantifiers`);
}

module.exports = { parse, nestedQuantifiers, loopCharacters, literalRegexes, runtimeRegexes };

if (require.main === module) main();
