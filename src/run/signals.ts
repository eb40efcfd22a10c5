import { EXIT } from "./exit-codes.js";
import type { StopRequest } from "./stop.js";

/**
 * SIGINT and SIGTERM ask the run to stop: no new inputs, the files being
 * cleaned are finished, the summary is printed. A second signal exits at
 * once: whoever sends it wants the process gone, not tidy. Returns the
 * function that stops listening.
 */
export function stopOnSignals(signals: NodeJS.EventEmitter, stop: StopRequest): () => void {
  let signalled = false;
  const listener = (name: "SIGINT" | "SIGTERM") => () => {
    if (signalled) process.exit(name === "SIGINT" ? EXIT.sigint : EXIT.sigterm);
    signalled = true;
    stop.request({ kind: "signal", signal: name });
  };
  const onInt = listener("SIGINT");
  const onTerm = listener("SIGTERM");
  signals.on("SIGINT", onInt);
  signals.on("SIGTERM", onTerm);
  return () => {
    signals.off("SIGINT", onInt);
    signals.off("SIGTERM", onTerm);
  };
}
