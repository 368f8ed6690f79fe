import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../server/config';

const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(REPO_ROOT, file), 'utf8'));

describe('install scripts', () => {
  // npm 11.16+ warns on every install about dependencies whose install scripts nobody reviewed, and npm 12 skips
  // them: esbuild's fetches its platform binary, without which nothing builds.
  it('every dependency with an install script is reviewed in package.json allowScripts', () => {
    const lock = readJson('package-lock.json') as { packages: Record<string, { hasInstallScript?: boolean }> };
    const reviewed = Object.keys((readJson('package.json') as { allowScripts?: object }).allowScripts ?? {});
    const withScripts = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([where]) => where.replace(/^.*node_modules\//, ''));
    expect(withScripts).to.include('esbuild');
    expect(withScripts.filter((name) => !reviewed.some((key) => key.replace(/@[^@/]*$/, '') === name))).to.deep.equal(
      [],
    );
  });
});
