/** Thrown for a usage or configuration error: the CLI prints the message and exits 2. */
export class UsageError extends Error {}

export const EXIT_CODES_HELP = `
Exit codes:
  0    every input was cleaned
  1    some inputs failed or were skipped as bad (the others were written),
       or --fail-on-empty and no record was produced
  2    usage or configuration error
  75   another run holds the output directory's lock (EX_TEMPFAIL)
  130  interrupted (SIGINT); 143 terminated (SIGTERM)`;
