// The command line: parses arguments (node:util parseArgs, strict) and runs `check` or `stats`; returns the exit code.
import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkSettings, createAnalyzer, countWords, RULES, SettingsError, type Settings } from '../engine/index.ts';
import { formatText, type FileReport } from './format-text.ts';
import { formatSarif } from './format-sarif.ts';
import { formatStatsCsv, formatStatsJson, formatStatsTable, sortRows, statsRow } from './stats.ts';
import { decodeText, describeFsError, expandPaths, isBinary, readDocuments, type InputDocument } from './inputs.ts';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError, type CliIO } from './io.ts';

export const USAGE = `Usage: common-ground <command> [options] [paths…]

Commands:
  check [paths…]   Report blame, organisation-centric framing and output-only targets
  stats [paths…]   Words and findings per 1,000 words for each file, dated from its name

Paths are files or folders (folders are searched for .md and .txt files); "-" reads standard input.

Options:
  --format NAME       check: text (default), json or sarif; stats: table (default), csv or json
  --config FILE       Settings as JSON (rules, organisation, partners, allowed phrases, custom rules),
                      or a settings file exported from the extension's options page
  --stdin             Read the text from standard input instead of paths
  --stdin-filename N  Name shown for standard input (default <stdin>)
  --no-suggestions    check, text format: leave out the suggestion lines
  -h, --help          Show this help
  -v, --version       Show the version

Exit codes: 0 no problems, 1 problems found, 2 usage or input error.
`;

const FORMATS = { check: ['text', 'json', 'sarif'], stats: ['table', 'csv', 'json'] } as const;
type Command = keyof typeof FORMATS;

const OPTIONS = {
  format: { type: 'string' },
  config: { type: 'string' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'no-suggestions': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

async function packageVersion(): Promise<string> {
  // The bundle (dist/cli.mjs) has the version written in at build time; the sources read package.json.
  if (process.env.COMMON_GROUND_VERSION) return process.env.COMMON_GROUND_VERSION;
  try {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** parseArgs' own messages are long and mention positionals; say the one thing that matters. */
function argError(err: unknown): UsageError {
  const e = err as { code?: string; message?: string };
  const option = /'(-{1,2}[\w-]+)/.exec(e.message ?? '')?.[1];
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`Unknown option ${option ?? ''}. Run "common-ground --help" for usage.`);
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return new UsageError(`Option ${option ?? ''} needs a value.`.replace(/ +\./, '.'));
  return new UsageError((e.message ?? String(err)).split('\n')[0]);
}

async function loadConfig(file: string | undefined, cwd: string, io: CliIO): Promise<Settings> {
  if (file === undefined) return checkSettings({}).settings;
  let raw: string;
  try {
    raw = await readFile(path.resolve(cwd, file), 'utf8');
  } catch (err) {
    throw new UsageError(`Config: ${describeFsError(err, file)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new UsageError(`Config ${file} is not valid JSON: ${(err as Error).message.split('\n')[0]}`);
  }
  // The options page's export ({ format, version, settings, … }) is read as it is; its browser-only parts
  // (privacy, sites) mean nothing here. Both layouts go through the engine's one settings check. The export reader
  // (and its zod schemas) is loaded only for such a file, so a plain run does not pay for it at start.
  const isExport = typeof json === 'object' && json !== null && 'format' in json;
  const exportReader = isExport ? await import('../settings-io/bundle.ts') : undefined;
  try {
    const checked = exportReader ? exportReader.readBundle(json) : checkSettings(json);
    for (const notice of checked.notices ?? []) io.stderr(`Config ${file}: ${notice}\n`);
    return checked.settings;
  } catch (err) {
    if (err instanceof SettingsError || (exportReader && err instanceof exportReader.ImportError)) throw new UsageError(`Config ${file}: ${err.message}`);
    throw err;
  }
}

async function gatherDocuments(
  paths: string[],
  values: { stdin?: boolean; 'stdin-filename'?: string },
  io: CliIO,
): Promise<InputDocument[]> {
  // A lone "-" means standard input, as in most command-line tools.
  const useStdin = values.stdin || (paths.length === 1 && paths[0] === '-');
  if (useStdin) {
    if (values.stdin && paths.length) throw new UsageError('Give paths or --stdin, not both.');
    const bytes = await io.readStdin();
    const file = values['stdin-filename'] ?? '<stdin>';
    if (isBinary(bytes)) {
      io.stderr(`Skipped ${file}: it looks like binary data.\n`);
      return [];
    }
    return [{ file, text: decodeText(bytes) }];
  }
  if (!paths.length) throw new UsageError('No input: give one or more files or folders, or --stdin.');
  const files = await expandPaths(paths, io.cwd);
  if (!files.length) io.stderr('Note: no .md or .txt files found in the given folders.\n');
  return readDocuments(files, (line) => io.stderr(line + '\n'));
}

function analyseAll(docs: InputDocument[], settings: Settings): FileReport[] {
  const analyzer = createAnalyzer(settings);
  return docs.map((doc) => ({ file: doc.file, words: countWords(doc.text), diagnostics: analyzer.analyze(doc.text) }));
}

async function runCommand(command: Command, argv: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw argError(err);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  const formats: readonly string[] = FORMATS[command];
  const format = values.format ?? formats[0];
  if (!formats.includes(format)) throw new UsageError(`Unknown format "${format}" for ${command}: use ${formats.join(', ')}.`);

  const settings = await loadConfig(values.config, io.cwd, io);
  const docs = await gatherDocuments(positionals, values, io);
  const reports = analyseAll(docs, settings);

  if (command === 'stats') {
    const rows = sortRows(reports.map((r) => statsRow(r.file, r.words, r.diagnostics)));
    io.stdout(format === 'csv' ? formatStatsCsv(rows) : format === 'json' ? formatStatsJson(rows) : formatStatsTable(rows));
    return EXIT_OK;
  }
  if (format === 'json') io.stdout(JSON.stringify(reports, null, 2) + '\n');
  else if (format === 'sarif') {
    const texts = new Map(docs.map((d) => [d.file, d.text]));
    io.stdout(JSON.stringify(formatSarif(reports, { rules: RULES, version: await packageVersion(), cwd: io.cwd, texts }), null, 2) + '\n');
  } else io.stdout(formatText(reports, { suggestions: !values['no-suggestions'] }));
  return reports.some((r) => r.diagnostics.length) ? EXIT_PROBLEMS : EXIT_OK;
}

/** Runs the command line on argv (without node and script) and returns the exit code; never throws. */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) {
      io.stderr(USAGE);
      return EXIT_USAGE;
    }
    if (command === '-h' || command === '--help' || command === 'help') {
      io.stdout(USAGE);
      return EXIT_OK;
    }
    if (command === '-v' || command === '--version') {
      io.stdout(`${await packageVersion()}\n`);
      return EXIT_OK;
    }
    if (command !== 'check' && command !== 'stats') {
      throw new UsageError(
        command.startsWith('-')
          ? `Give a command first (check or stats), then ${command}.`
          : `Unknown command "${command}": use check or stats.`,
      );
    }
    return await runCommand(command, [...rest], io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof SettingsError) {
      io.stderr(`common-ground: ${err.message}\n`);
    } else {
      const message = err instanceof Error ? err.message : String(err);
      io.stderr(`common-ground: internal error: ${message.split('\n')[0]}\n`);
      if (process.env.COMMON_GROUND_DEBUG && err instanceof Error) io.stderr(`${err.stack}\n`);
    }
    return EXIT_USAGE;
  }
}
