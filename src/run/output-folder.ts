import { readdirSync } from "node:fs";
import path from "node:path";
import type { Manifest, ManifestRow } from "./manifest.js";

/** Folders with more entries than this are looked up file by file. */
const FOLDER_PREFETCH_LIMIT = 20_000;

/**
 * One output folder at a time, as the depth-first walk reaches it: which
 * output files exist (a `readdir` per folder instead of a `stat` per file)
 * and what the manifest holds for them (a range scan instead of a lookup
 * per file). Together they halve the cost of a re-run.
 */
export class FolderView {
  private folder: string | undefined;
  private names = new Set<string>();
  private rows: Map<string, ManifestRow> | undefined;

  constructor(
    private readonly outDir: string,
    private readonly manifest: Manifest,
  ) {}

  row(output: string): ManifestRow | undefined {
    this.enter(output);
    return this.rows ? this.rows.get(output) : this.manifest.lookup(output);
  }

  hasFile(output: string): boolean {
    this.enter(output);
    return this.names.has(output.slice(output.lastIndexOf("/") + 1));
  }

  private enter(output: string): void {
    const folder = output.slice(0, Math.max(0, output.lastIndexOf("/")));
    if (folder === this.folder) return;
    this.folder = folder;
    try {
      this.names = new Set(readdirSync(path.join(this.outDir, folder)));
    } catch {
      this.names = new Set(); // no folder yet: no outputs in it
    }
    this.rows = this.manifest.folderRows(folder, FOLDER_PREFETCH_LIMIT);
  }
}
