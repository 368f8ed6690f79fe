import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listArticleFiles } from '../../server/ingest/ingest';
import { ArticleInputError, readArticleFile } from '../../server/ingest/read/read-article';

/** What reading each listed file gives: its text, or the one-line error. */
function readAll(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { file, within } of listArticleFiles([folder])) {
    try {
      out[path.basename(file)] = readArticleFile(file, { within });
    } catch (error) {
      expect(error).to.be.instanceOf(ArticleInputError);
      out[path.basename(file)] = (error as Error).message;
    }
  }
  return out;
}

describe('reading article files: only regular files, inside the folder, of bounded size', function () {
  this.timeout(10_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-read-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'A plain article about a summit.');
    execFileSync('mkfifo', [path.join(dir, 'fifo.txt')]);
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.txt'));
    fs.symlinkSync('/etc/passwd', path.join(dir, 'passwd.txt'));
    fs.symlinkSync(path.join(dir, 'a.txt'), path.join(dir, 'inside.txt'));
    fs.symlinkSync(path.join(dir, 'missing'), path.join(dir, 'broken.txt'));
    fs.mkdirSync(path.join(dir, 'folder.txt'));
    const huge = fs.openSync(path.join(dir, 'huge.txt'), 'w');
    fs.ftruncateSync(huge, 3 * 1024 * 1024);
    fs.closeSync(huge);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads regular files and links that stay inside the folder; refuses the rest by name, without blocking', () => {
    const started = Date.now();
    const result = readAll(dir);
    expect(Date.now() - started).to.be.below(2000);
    expect(result['a.txt']).to.equal('A plain article about a summit.');
    expect(result['inside.txt']).to.equal('A plain article about a summit.');
    expect(result['fifo.txt']).to.equal('fifo.txt: a named pipe, not a text article');
    expect(result['zero.txt']).to.equal('zero.txt: a link to a file outside the folder being ingested');
    expect(result['passwd.txt']).to.equal('passwd.txt: a link to a file outside the folder being ingested');
    expect(result['broken.txt']).to.match(/^broken\.txt: cannot be opened/);
    expect(result['folder.txt']).to.equal('folder.txt: a folder, not a text article');
    expect(result['huge.txt']).to.match(/^huge\.txt: too large \(3\.0 MB/);
  });

  it('named one by one, a device is refused, not streamed', () => {
    expect(() => readArticleFile('/dev/zero')).to.throw(ArticleInputError, 'a device, not a text article');
    expect(() => readArticleFile(path.join(dir, 'zero.txt'))).to.throw(ArticleInputError, 'a device');
  });

  it('checks the size while reading, not only what the file system reports (here 0 bytes)', () => {
    expect(fs.statSync('/proc/self/smaps').size).to.equal(0);
    expect(() => readArticleFile('/proc/self/smaps', { maxBytes: 1000 })).to.throw(ArticleInputError, /too large/);
  });
});
