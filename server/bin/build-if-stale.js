#!/usr/bin/env node
'use strict';
/* global require, __dirname, process, console */
/* eslint-disable @typescript-eslint/no-require-imports */
// `npm start`'s first step: builds the app only when a source is newer than what was built (as make does), so a
// restart does not spend seconds rebuilding what has not changed. `npm run build` always builds.
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..', '..');

/**
 * What the build writes, read from package.json's own build scripts (one list to keep): the page's bundle
 * (`--outfile=`) and one `dist/<entry>.js` per server entry point. Every one must exist and be newer than every
 * source.
 */
function outputs() {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const page = scripts['build:client'].match(/--outfile=(\S+)/)[1];
  const entries = scripts['build:server'].match(/\S+\.ts\b/g).map((entry) => `dist/${entry.replace(/\.ts$/, '.js')}`);
  return [page, ...entries];
}

/** What the build reads: the sources it bundles (code and the language data they import) and what pins them. */
const INPUT_DIRS = ['server', 'client/src'];
const INPUT_FILES = ['package.json', 'package-lock.json', 'tsconfig.json'];

function newestIn(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestIn(file));
    else if (entry.isFile()) newest = Math.max(newest, fs.statSync(file).mtimeMs);
  }
  return newest;
}

function oldestOutput() {
  let oldest = Infinity;
  for (const output of outputs()) {
    const file = path.join(root, output);
    if (!fs.existsSync(file)) return 0;
    oldest = Math.min(oldest, fs.statSync(file).mtimeMs);
  }
  return oldest;
}

function newestInput() {
  let newest = 0;
  for (const dir of INPUT_DIRS) newest = Math.max(newest, newestIn(path.join(root, dir)));
  for (const file of INPUT_FILES) {
    const full = path.join(root, file);
    if (fs.existsSync(full)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

if (newestInput() < oldestOutput()) process.exit(0);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const build = spawnSync(npm, ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) console.error('readout: the build failed (npm run build)');
process.exit(build.status ?? 1);
