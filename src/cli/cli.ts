/**
 * `coalition-widgets validate <feed.json | URL | ->`: checks feeds as the elements read them and
 * prints every problem with its place in the file, in plain words.
 *
 * This module knows nothing of Node: `bin.js` gives it the file system, the network and the
 * terminal, so it also runs in tests.
 */
import { validateFeedText, type ValidationProblem } from '../feed/validate.js';

export interface CliIo {
  readFile(path: string): Promise<string>;
  readStdin(): Promise<string>;
  fetchText(url: string): Promise<string>;
  out(text: string): void;
  err(text: string): void;
}

/** Exit codes: 0 usable (perhaps with warnings), 1 refused or unreadable, 2 wrong usage. */
export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

export const HELP = `Usage: coalition-widgets validate [--json] <feed.json | URL | ->...

Checks a Coalition Widgets feed as the elements read it, and prints every problem
with its line and column in the file and its JSON path, in plain words.

  error    the feed is refused as a whole: the elements show nothing from it
  warning  an entry or a link is left out; everything else is shown
  notice   shown as written, but probably not what was meant

Arguments:
  feed.json   a file
  URL         an https:// or http:// address, fetched as the elements would
  -           the feed from standard input

Options:
  --json      print the problems as JSON
  -h, --help  print this help

Exit code: 0 if every feed can be used (perhaps with warnings), 1 if a feed is
refused or cannot be read, 2 if the command is wrong.

The JSON Schema for editors: "$schema": "https://unpkg.com/coalition-widgets/feed.schema.json"
`;

interface Report {
  file: string;
  refused: boolean;
  counts: Record<ValidationProblem['severity'], number>;
  problems: Omit<ValidationProblem, 'offset' | 'segments'>[];
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

async function read(source: string, io: CliIo): Promise<string> {
  if (source === '-') return io.readStdin();
  if (/^https?:\/\//i.test(source)) return io.fetchText(source);
  return io.readFile(source);
}

function report(file: string, text: string): Report {
  const result = validateFeedText(text);
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const p of result.problems) counts[p.severity]++;
  return {
    file,
    refused: result.refused,
    counts,
    problems: result.problems.map(({ severity, path, message, line, column }) => ({ severity, path, message, line, column })),
  };
}

function summary(r: Report): string {
  const parts = [count(r.counts.error, 'error'), count(r.counts.warning, 'warning'), count(r.counts.notice, 'notice')];
  if (r.refused) return `${r.file}: refused (${parts.join(', ')}): the elements would show nothing from this feed.`;
  if (r.counts.warning) return `${r.file}: usable (${parts.join(', ')}): the entries and links warned about are left out.`;
  return `${r.file}: usable (${parts.join(', ')}).`;
}

/** Runs the command line; returns the exit code. Never throws. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    (command === undefined ? io.err : io.out)(HELP);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command !== 'validate') {
    io.err(`coalition-widgets: unknown command ${JSON.stringify(command)}\n\n${HELP}`);
    return EXIT.usage;
  }
  let json = false;
  const sources: string[] = [];
  for (const arg of rest) {
    if (arg === '--json') json = true;
    else if (arg === '-h' || arg === '--help') {
      io.out(HELP);
      return EXIT.ok;
    } else if (arg.startsWith('-') && arg !== '-') {
      io.err(`coalition-widgets: unknown option ${arg}\n\n${HELP}`);
      return EXIT.usage;
    } else sources.push(arg);
  }
  if (sources.length === 0) {
    io.err(`coalition-widgets validate: which feed? Give a file, a URL or - for standard input.\n\n${HELP}`);
    return EXIT.usage;
  }

  const reports: Report[] = [];
  let failed = false;
  for (const source of sources) {
    const file = source === '-' ? '<stdin>' : source;
    let text: string;
    try {
      text = await read(source, io);
    } catch (e) {
      const reason = (e as Error)?.message ?? String(e);
      failed = true;
      if (json) {
        reports.push({
          file,
          refused: true,
          counts: { error: 1, warning: 0, notice: 0 },
          problems: [{ severity: 'error', path: '(feed)', message: `could not be read: ${reason}`, line: 1, column: 1 }],
        });
      } else io.err(`${file}: could not be read: ${reason}`);
      continue;
    }
    const r = report(file, text);
    reports.push(r);
    if (r.refused) failed = true;
    if (!json) {
      const lines = r.problems.map((p) => `${r.file}:${p.line}:${p.column}  ${p.severity.padEnd(7)}  ${p.path}: ${p.message}`);
      io.out([...lines, ...(lines.length ? [''] : []), summary(r), ''].join('\n'));
    }
  }
  if (json) io.out(`${JSON.stringify(sources.length === 1 ? reports[0] : reports, null, 2)}\n`);
  return failed ? EXIT.refused : EXIT.ok;
}
