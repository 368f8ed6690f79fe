#!/usr/bin/env node
'use strict';
/* global require, __dirname, process, console */
/* eslint-disable @typescript-eslint/no-require-imports */
// The `readout` command (package.json "bin"; `npm link` or a global install puts it on PATH):
//   readout [start]                    serves the explorer, as `npm start` does (stop it with SIGTERM or SIGINT)
//   readout ingest <files or folders>  ingests articles, into the running app when there is one
//   readout mcp                        speaks MCP on stdin/stdout, reading the running app's graph (or NEO4J_URI)
// It runs the built app in this same process, so a service manager's signal reaches the server itself.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const [command = 'start', ...rest] = process.argv.slice(2);
const entries = { start: 'dist/server/index.js', ingest: 'dist/server/ingest/cli.js', mcp: 'dist/server/mcp/stdio.js' };
const entry = entries[command];
if (!entry) {
  console.error(
    `readout: unknown command "${command}" (readout start | readout ingest <files or folders> | readout mcp)`,
  );
  process.exit(2);
}
const file = path.join(root, entry);
if (!fs.existsSync(file)) {
  console.error(`readout: ${entry} is not built yet: run \`npm run build\` in ${root}`);
  process.exit(2);
}
process.argv = [process.argv[0], file, ...rest];
require(file);
