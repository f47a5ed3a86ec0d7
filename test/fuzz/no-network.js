// A network trap for the privacy tests. install() makes every way MI Lint's code could reach the network throw
// and be recorded: requiring http, https, http2, net, tls, dgram, dns or child_process (with or without
// "node:"), the fetch / XMLHttpRequest / WebSocket / EventSource globals, and the raw socket bindings.
// Preloaded with `node --require` (NODE_OPTIONS too, so worker threads get it) and MI_LINT_NO_NETWORK_LOG set,
// it traps a whole process and writes what was attempted to that file at exit.
'use strict';
const fs = require('fs');
const Module = require('module');

const BLOCKED_MODULES = ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'child_process'];
const BLOCKED_GLOBALS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'];
const SOCKET_BINDINGS = /^(?:tcp_wrap|udp_wrap|pipe_wrap|tls_wrap|cares_wrap|stream_wrap|js_stream)$/;

function install() {
  const attempts = [];
  const refuse = (what) => {
    attempts.push(what);
    return new Error(`MI Lint privacy trap: ${what} is not allowed`);
  };
  const load = Module._load;
  Module._load = function (request, parent, ...rest) {
    const name = String(request).replace(/^node:/, '');
    if (BLOCKED_MODULES.includes(name)) throw refuse(`require('${request}') from ${(parent && parent.filename) || '?'}`);
    return load.call(this, request, parent, ...rest);
  };
  const saved = BLOCKED_GLOBALS.map((g) => [g, Object.getOwnPropertyDescriptor(globalThis, g)]);
  for (const g of BLOCKED_GLOBALS) {
    // callable and constructible, so both fetch(…) and new WebSocket(…) are caught; merely looking is fine
    const trap = function () {
      throw refuse(`${g}()`);
    };
    Object.defineProperty(globalThis, g, { value: trap, configurable: true, writable: true });
  }
  const binding = process.binding;
  process.binding = function (name) {
    if (SOCKET_BINDINGS.test(name)) throw refuse(`process.binding('${name}')`);
    return binding.call(process, name);
  };
  return {
    attempts,
    restore() {
      Module._load = load;
      process.binding = binding;
      for (const [g, d] of saved) {
        if (d) Object.defineProperty(globalThis, g, d);
        else delete globalThis[g];
      }
    },
  };
}

module.exports = { install, BLOCKED_MODULES, BLOCKED_GLOBALS };

if (process.env.MI_LINT_NO_NETWORK_LOG) {
  const trap = install();
  const log = process.env.MI_LINT_NO_NETWORK_LOG;
  process.on('exit', () => {
    if (trap.attempts.length) fs.appendFileSync(log, trap.attempts.join('\n') + '\n');
  });
}
