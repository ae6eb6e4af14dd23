// The command line's view of the outside world (streams, working folder) and its one error type.

/** Everything `run()` needs from the process, so tests can call it in-process with captured streams. */
export interface CliIO {
  stdout: (chunk: string) => void;
  stderr: (chunk: string) => void;
  /** Reads all of standard input as bytes. */
  readStdin: () => Promise<Uint8Array>;
  cwd: string;
}

/** A usage or input error: printed as one line on stderr, exit code 2, never a stack trace. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** Wraps process streams; stdin is read only when asked for. */
export function processIO(): CliIO {
  // A reader that stops early (`| head`) closes the pipe: end quietly, as other command-line tools do.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`common-ground: cannot write the report: ${err.message}\n`);
    process.exit(2);
  });
  return {
    stdout: (chunk) => void process.stdout.write(chunk),
    stderr: (chunk) => void process.stderr.write(chunk),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return new Uint8Array(Buffer.concat(chunks));
    },
    cwd: process.cwd(),
  };
}
