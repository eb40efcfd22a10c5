/** Why a write failed, in the words of the manual pages. */
export function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case "ENOSPC":
    case "SQLITE_FULL":
      return "disk full (no space left on device)";
    case "EDQUOT":
      return "disk quota exceeded";
    case "EIO":
    case "SQLITE_IOERR":
      return "input/output error";
    case "EROFS":
    case "SQLITE_READONLY":
      return "read-only file system";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EFBIG":
      return "file too large";
    default:
      return (error as Error)?.message?.split("\n")[0] ?? String(error);
  }
}
