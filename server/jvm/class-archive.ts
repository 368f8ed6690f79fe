import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { javaBinary, lowerPriority, trackChild } from './java-launcher';

/**
 * Class data sharing (AppCDS, JDK 17) for a launcher's JVM: Neo4j loads some twelve thousand classes before its
 * first answer, a third of a warm start. A JVM started without an archive lists the classes it loads; once it has
 * started (and answered its first queries), a low-priority `java -Xshare:dump` turns the list into an archive that
 * later starts map instead of loading class by class. An archive that does not fit (another JDK) is ignored by the
 * JVM; a failed dump leaves starts as they were. The archive covers the dependency jars only (a directory on the
 * class path cannot be archived): the launcher's own compiled classes come after them.
 */
export interface ClassArchive {
  /** The JVM options for this start: map the archive, or list the classes for one. */
  options: string[];
  /** Builds the archive from this start's list, when there was none (called once the JVM is ready). */
  buildAfter(delayMs: number, log: (message: string) => void): void;
}

/** Class lists not yet made into an archive: a process that ends before its dump leaves none behind. */
const pendingLists = new Set<string>();
function forgetAtExit(list: string): void {
  if (pendingLists.size === 0) process.once('exit', () => pendingLists.forEach((f) => fs.rmSync(f, { force: true })));
  pendingLists.add(list);
}

/** Lines the dump cannot read back: JDK 17 lists lambda proxies with signatures past its line limit. */
const UNREADABLE = /^@lambda-proxy /;

export function classArchive(cacheDir: string, classpath: string, javaHome: string | undefined): ClassArchive {
  const key = crypto.createHash('sha256').update(classpath).digest('hex').slice(0, 16);
  const archive = path.join(cacheDir, `classes-${key}.jsa`);
  if (fs.existsSync(archive)) return { options: [`-XX:SharedArchiveFile=${archive}`], buildAfter: () => {} };
  const list = path.join(cacheDir, `classes-${key}.${process.pid}.${Date.now()}.lst`);
  forgetAtExit(list);
  return {
    options: [`-XX:DumpLoadedClassList=${list}`],
    buildAfter(delayMs, log) {
      const timer = setTimeout(() => void dump(list, archive, classpath, javaHome, log), delayMs);
      timer.unref();
    },
  };
}

async function dump(
  list: string,
  archive: string,
  classpath: string,
  javaHome: string | undefined,
  log: (message: string) => void,
): Promise<void> {
  const readable = `${list}.readable`;
  const tmp = `${archive}.${process.pid}.tmp`;
  try {
    if (fs.existsSync(archive) || !fs.existsSync(list)) return;
    // The JVM may still be writing the list: its last line may be cut short.
    const lines = fs.readFileSync(list, 'utf8').split('\n').slice(0, -1);
    fs.writeFileSync(readable, `${lines.filter((line) => !UNREADABLE.test(line)).join('\n')}\n`);
    const child = spawn(
      javaBinary('java', javaHome),
      ['-Xshare:dump', `-XX:SharedClassListFile=${readable}`, `-XX:SharedArchiveFile=${tmp}`, '-cp', classpath],
      { stdio: 'ignore' },
    );
    trackChild(child);
    // Nobody waits for it: it takes what the machine has spare.
    lowerPriority(child, 19);
    const code = await new Promise<number | null>((resolve) => {
      child.once('exit', resolve);
      child.once('error', () => resolve(null));
    });
    if (code === 0 && fs.existsSync(tmp)) {
      fs.renameSync(tmp, archive);
      log(`class archive written: later starts map it (${path.basename(archive)})`);
    }
  } catch {
    // No archive: starts go on loading classes one by one, as before.
  } finally {
    for (const file of [list, readable, tmp]) fs.rmSync(file, { force: true });
  }
}
