import fs from 'node:fs';
import os from 'node:os';

/** A markdown report built section by section, written whole at the end (and after each section, in case). */
export class Report {
  private readonly sections = new Map<string, string>();

  constructor(
    private readonly file: string,
    private readonly title: string,
    private readonly preamble: string[],
  ) {}

  /** Adds a section, or replaces the one with this heading (a table that grows graph by graph). */
  section(heading: string, lines: string[]): void {
    this.sections.set(heading, [`## ${heading}`, '', ...lines, ''].join('\n'));
    this.write();
  }

  write(): void {
    const text = [`# ${this.title}`, '', ...this.preamble, '', ...this.sections.values()].join('\n');
    fs.writeFileSync(this.file, text);
  }
}

export function machineDescription(): string[] {
  const cpus = os.cpus();
  return [
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()}`,
    `- Node ${process.version}; everything (Neo4j, Readout, the load generator, Chromium) shares these cores.`,
  ];
}

export function table(header: string[], rows: (string | number)[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

export const ms = (x: number) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(1) : Math.round(x)} ms` : '–');
export const ratio = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '–');
export const count = (x: number) => Math.round(x).toLocaleString('en-US');
