// Process measurements for `npm run bench`: wall time, peak RSS of a whole
// process (all its threads), and time to the first record on stdout.
import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, readSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const GNU_TIME = "/usr/bin/time";

/**
 * Run `command args` with stdout to `stdoutFile`, and return its wall time,
 * CPU time (user + system, all threads) and peak RSS. Peak RSS and CPU come
 * from GNU time's %M %U %S (the kernel's ru_maxrss and rusage for the
 * process, worker threads included) when /usr/bin/time exists, else from
 * polling VmHWM and /proc/PID/stat.
 */
export function measure(command, args, { stdoutFile, cwd }) {
  const useTime = existsSync(GNU_TIME);
  const rssFile = path.join(tmpdir(), `bench-rss-${process.pid}-${Date.now()}.txt`);
  const out = openSync(stdoutFile, "w");
  const argv = useTime ? ["-f", "%M %U %S", "-o", rssFile, command, ...args] : args;
  const started = process.hrtime.bigint();
  const child = spawn(useTime ? GNU_TIME : command, argv, {
    cwd,
    stdio: ["ignore", out, "pipe"],
  });
  closeSync(out);
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk) => {
    stderr += chunk;
  });
  let polledKb = 0;
  let polledCpu = 0;
  const poll = useTime
    ? undefined
    : setInterval(() => {
        polledKb = Math.max(polledKb, vmHwmKb(child.pid));
        polledCpu = Math.max(polledCpu, cpuSeconds(child.pid));
      }, 20);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (poll) clearInterval(poll);
      let peakKb = polledKb;
      let cpu = polledCpu;
      if (useTime) {
        const [kb, user, system] = readFileSync(rssFile, "utf8")
          .trim()
          .split("\n")
          .pop()
          .split(" ");
        peakKb = Number(kb);
        cpu = Number(user) + Number(system);
        rmSync(rssFile, { force: true });
      }
      if (code !== 0) reject(new Error(`${command} ${args.join(" ")} exited ${code}: ${stderr}`));
      else resolve({ seconds, cpuSeconds: cpu, peakRssMb: peakKb / 1024 });
    });
  });
}

/** User + system CPU seconds of a live process, all threads (Linux). */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

function vmHwmKb(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Seconds from spawning `command args` to the first complete line on its
 * stdout (process start-up included: it is what a user waits for). The
 * process is killed once the line is in.
 */
export function timeToFirstLine(command, args, { cwd }) {
  const started = process.hrtime.bigint();
  const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "ignore"] });
  return new Promise((resolve, reject) => {
    let done = false;
    child.on("error", reject);
    child.stdout.on("data", (chunk) => {
      if (done || !chunk.includes(10)) return;
      done = true;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      child.kill("SIGKILL");
      resolve(seconds);
    });
    child.on("close", () => {
      if (!done) reject(new Error(`${command} ${args.join(" ")} printed no record`));
    });
  });
}

/** Newline count of a file: the number of NDJSON records written. */
export function countLines(file) {
  const fd = openSync(file, "r");
  const chunk = Buffer.allocUnsafe(1 << 20);
  let count = 0;
  try {
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) {
      const bytes = chunk.subarray(0, read);
      for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) count++;
    }
  } finally {
    closeSync(fd);
  }
  return count;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
