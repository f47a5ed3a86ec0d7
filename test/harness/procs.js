'use strict';
// Process bookkeeping from /proc (Linux): which process groups this runner started, and how to make sure they
// are gone. Zombies are treated as dead: in a container PID 1 may never reap orphans, so kill(pid, 0) alone
// would report a killed helper as alive forever.
const fs = require('fs');
const path = require('path');

const RECORD = 'runner.json'; // { runner: pid, tmp: dir, pgid?: code-server's group }, while a runner lives
const tracked = new Map(); // pgid -> run dir

function listProcesses() {
  const out = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try { stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8'); } catch { continue; } // exited meanwhile
    // "pid (comm) state ppid pgrp ..." — comm may hold spaces and parentheses, so split after the last ')'
    const close = stat.lastIndexOf(')');
    const [state, ppid, pgrp] = stat.slice(close + 2).split(' ');
    out.push({ pid: Number(name), comm: stat.slice(stat.indexOf('(') + 1, close), state, ppid: Number(ppid), pgrp: Number(pgrp) });
  }
  return out;
}

const live = (p) => p.state !== 'Z' && p.state !== 'X';

function isAlive(pid) {
  try { process.kill(pid, 0); } catch { return false; }
  try { return live(listProcesses().find((p) => p.pid === pid) || { state: 'X' }); } catch { return true; }
}

const groupMembers = (pgid) => listProcesses().filter((p) => p.pgrp === pgid && live(p));

function signalGroup(pgid, signal) {
  try { process.kill(-pgid, signal); } catch (e) { if (e.code !== 'ESRCH') throw e; }
}

async function waitGroupGone(pgid, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (groupMembers(pgid).length) {
    if (Date.now() >= deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

const readRecord = (runDir) => JSON.parse(fs.readFileSync(path.join(runDir, RECORD), 'utf8'));
const writeRecord = (runDir, record) => fs.writeFileSync(path.join(runDir, RECORD), JSON.stringify(record));

/** Note in the run folder who runs it and what it must remove, for reapDeadRuns if this runner is SIGKILLed. */
function recordRun(runDir, tmp) {
  writeRecord(runDir, { runner: process.pid, tmp });
}

/** The run is cleaned up: nothing left for reapDeadRuns. */
function releaseRun(runDir) {
  fs.rmSync(path.join(runDir, RECORD), { force: true });
}

/** Remember a detached process group, here and in its run's record. */
function track(pgid, runDir) {
  tracked.set(pgid, runDir);
  writeRecord(runDir, { ...readRecord(runDir), pgid });
}

/** SIGTERM the whole group, give it 5 s to shut down, then SIGKILL what is left. */
async function stopGroup(pgid, runDir) {
  signalGroup(pgid, 'SIGTERM');
  if (!(await waitGroupGone(pgid, 5000))) {
    signalGroup(pgid, 'SIGKILL');
    if (!(await waitGroupGone(pgid, 5000))) throw new Error(`process group ${pgid} survived SIGKILL`);
  }
  tracked.delete(pgid);
  const record = readRecord(runDir);
  delete record.pgid;
  writeRecord(runDir, record);
}

/** Last resort on process exit (synchronous: no awaiting there). */
function killTrackedSync() {
  for (const pgid of tracked.keys()) signalGroup(pgid, 'SIGKILL');
}

/** SIGKILL every live descendant of this process, and the groups of detached children (chromium). */
function killDescendants() {
  let all;
  try { all = listProcesses(); } catch { return; }
  const ownGroup = all.find((p) => p.pid === process.pid)?.pgrp;
  const children = new Map();
  for (const p of all) (children.get(p.ppid) || children.set(p.ppid, []).get(p.ppid)).push(p);
  const stack = [...(children.get(process.pid) || [])];
  while (stack.length) {
    const p = stack.pop();
    stack.push(...(children.get(p.pid) || []));
    if (!live(p)) continue;
    if (p.pgrp === p.pid && p.pgrp !== ownGroup) signalGroup(p.pgrp, 'SIGKILL');
    try { process.kill(p.pid, 'SIGKILL'); } catch { /* already gone */ }
  }
}

/** Clean up after runners that died without cleanup (e.g. SIGKILL): their code-server and TMPDIR. */
function reapDeadRuns(runsDir) {
  for (const run of fs.readdirSync(runsDir)) {
    const runDir = path.join(runsDir, run);
    let rec;
    try { rec = readRecord(runDir); } catch { continue; }
    if (isAlive(rec.runner)) continue;
    if (rec.tmp) fs.rmSync(rec.tmp, { recursive: true, force: true });
    const members = rec.pgid ? groupMembers(rec.pgid) : [];
    const isCodeServer = members.some((p) => {
      try { return fs.readFileSync(`/proc/${p.pid}/cmdline`, 'utf8').includes('code-server'); } catch { return false; }
    });
    if (isCodeServer) {
      console.log(`[harness] killing code-server group ${rec.pgid} left by dead runner ${rec.runner}`);
      signalGroup(rec.pgid, 'SIGKILL');
    }
    releaseRun(runDir);
  }
}

module.exports = { isAlive, recordRun, releaseRun, track, stopGroup, killTrackedSync, killDescendants, reapDeadRuns };
