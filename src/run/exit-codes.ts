/**
 * Exit codes, as documented in `--help` and the README. The numbers above 2
 * are sysexits(3)'s, so cron wrappers that know them need no table.
 */
export const EXIT = {
  ok: 0,
  /** Some inputs were bad (each has its line), or --fail-on-empty and no record. */
  failures: 1,
  /** The command line or config is wrong: nothing was read. */
  usage: 2,
  /** EX_NOINPUT: no input file at all (an unmounted share, `--ext ''`). */
  noInput: 66,
  /** EX_IOERR: records could not be written (full disk, I/O error). */
  ioError: 74,
  /** EX_TEMPFAIL: another run holds the output dir; try again later. */
  locked: 75,
  sigint: 130,
  sigterm: 143,
} as const;
