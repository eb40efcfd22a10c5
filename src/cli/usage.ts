/** An error that ends the command with one line and its own exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** Thrown for a usage or configuration error: the CLI prints the message and exits 2. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, 2);
  }
}

/** No input to read at all (a missing folder or list): exit 66, EX_NOINPUT. */
export class NoInputError extends CliError {
  constructor(message: string) {
    super(message, 66);
  }
}

export const EXIT_CODES_HELP = `
Exit codes:
  0    every input was cleaned
  1    some inputs failed or were skipped as bad (the others were written),
       or --fail-on-empty and no record was produced
  2    usage or configuration error: nothing was read
  66   no input files found (EX_NOINPUT); --allow-empty makes that 0
  74   records could not be written: disk full, I/O error (EX_IOERR)
  75   another run holds the output directory's lock (EX_TEMPFAIL)
  130  interrupted (SIGINT); 143 terminated (SIGTERM)`;

/** Levenshtein distance: how "Did you mean ...?" picks a suggestion. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        substitution,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** The closest name within two edits, for "Did you mean ...?". */
export function closest(word: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const name of names) {
    const distance = editDistance(word.toLowerCase(), name.toLowerCase());
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}
