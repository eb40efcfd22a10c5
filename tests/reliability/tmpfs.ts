import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";

/**
 * A small tmpfs is a full disk on demand. Mounting one needs root (CI runs
 * as root); elsewhere the tests that need it say why they were skipped.
 */
export const tmpfsSkipReason: string | undefined = (() => {
  if (process.getuid?.() !== 0) return "needs root to mount a small tmpfs (a full disk)";
  return undefined;
})();

export function mountTmpfs(dir: string, size: string): void {
  mkdirSync(dir, { recursive: true });
  execFileSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", dir]);
}

export function resizeTmpfs(dir: string, size: string): void {
  execFileSync("mount", ["-o", `remount,size=${size}`, dir]);
}

export function unmount(dir: string): void {
  try {
    execFileSync("umount", ["-l", dir]);
  } catch {
    // already gone
  }
}
