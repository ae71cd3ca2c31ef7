// `npm run security-scan`: Doyensec's Electron security scanner (electronegativity, pinned) over the desktop shell.
// It is installed into a temporary folder with its own package.json — never a dependency of the atlas (its old
// parser breaks next to a modern TypeScript) — and it always exits 0, so this script reads its CSV and fails on any
// HIGH or MEDIUM finding. It needs the npm registry, so it is not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const SCANNER = { name: '@doyensec/electronegativity', version: '1.10.3' };
const FAILING_SEVERITIES = new Set(['HIGH', 'MEDIUM']);

/** Parses the scanner's CSV (quoted fields may hold commas and doubled quotes) into one object per finding. */
export function parseFindings(csv) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < csv.length; index += 1) {
    const char = csv[index];
    if (quoted) {
      if (char === '"' && csv[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && csv[index + 1] === '\n') index += 1;
      row.push(field);
      if (row.some((cell) => cell.trim() !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  row.push(field);
  if (row.some((cell) => cell.trim() !== '')) rows.push(row);
  const [header = [], ...body] = rows;
  const names = header.map((name) => name.trim());
  return body.map((cells) => Object.fromEntries(names.map((name, column) => [name, (cells[column] ?? '').trim()])));
}

/** The findings that fail the scan: severity HIGH or MEDIUM. */
export function failingFindings(findings) {
  return findings.filter((finding) => FAILING_SEVERITIES.has(finding.severity.toUpperCase()));
}

function run(command, args, options) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.error) throw result.error;
  return result;
}

function main() {
  const root = resolve(import.meta.dirname, '..', '..');
  const electronVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.electron;
  const work = mkdtempSync(join(tmpdir(), 'atlas-security-scan-'));
  try {
    writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'atlas-security-scan', private: true, dependencies: { [SCANNER.name]: SCANNER.version } }));
    console.log(`security-scan: installing ${SCANNER.name}@${SCANNER.version} into ${work} …`);
    const install = run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: work, shell: process.platform === 'win32' });
    if (install.status !== 0) {
      console.error(install.stderr || install.stdout);
      console.error('security-scan: could not install the scanner (it needs the npm registry).');
      process.exit(2);
    }
    // What is scanned: the desktop shell, and renderer/index.html, whose meta element is the one source of the CSP
    // (both servers send it as a header too) — without it the scanner would report "no CSP".
    const input = join(work, 'scan');
    mkdirSync(join(input, 'renderer'), { recursive: true });
    cpSync(join(root, 'electron'), join(input, 'electron'), { recursive: true });
    cpSync(join(root, 'renderer', 'index.html'), join(input, 'renderer', 'index.html'));
    const csvFile = join(work, 'findings.csv');
    const cli = join(work, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
    const scan = run(process.execPath, [cli, '-i', input, '-e', electronVersion, '-r', '-o', csvFile], { cwd: work });
    let csv;
    try {
      csv = readFileSync(csvFile, 'utf8');
    } catch {
      console.error(scan.stdout, scan.stderr);
      console.error('security-scan: the scanner wrote no results.');
      process.exit(2);
    }
    const findings = parseFindings(csv);
    const failing = failingFindings(findings);
    console.log(`security-scan: electronegativity ${SCANNER.version}, Electron ${electronVersion}, input electron/ + renderer/index.html`);
    for (const finding of findings) {
      console.log(`  ${finding.severity.padEnd(13)} ${finding.confidence.padEnd(10)} ${finding.issue}  ${finding.filename}:${finding.location}  ${finding.description}`);
    }
    console.log(`security-scan: ${findings.length} finding(s), ${failing.length} HIGH or MEDIUM`);
    if (failing.length > 0) process.exit(1);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
