/**
 * Everything a run says goes to stderr through here: stdout carries only
 * records. The CLI implements it (`cli/log.ts`, with colour and a progress
 * bar to clear); the runner only needs these three calls.
 */
export interface Logger {
  /** `article-clean: <path>: <reason>` */
  error(path: string, reason: string): void;
  /** `article-clean: <path>: warning: <reason>` (hidden by --quiet) */
  warn(path: string, reason: string): void;
  /** A free-form line (hidden by --quiet). */
  info(message: string): void;
}
