// Runs a command (Prism) and makes sure it never outlives the test process that started it.
// Usage: node prism-supervisor.mjs <parentPid> <command> [args...]
// Started detached by prism.ts, so this process leads its own process group: the command belongs to it, and
// killing the group (stop() in prism.ts, or this watchdog when the parent disappears) ends both.
import { spawn } from "node:child_process";

const [parentPid, command, ...args] = process.argv.slice(2);
const child = spawn(command, args, { stdio: "inherit" });

function killGroup() {
  try {
    process.kill(-process.pid, "SIGKILL");
  } catch {
    child.kill("SIGKILL");
    process.exit(1);
  }
}

child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const s of ["SIGTERM", "SIGINT", "SIGHUP"]) process.on(s, killGroup);
setInterval(() => {
  try {
    process.kill(Number(parentPid), 0); // is the test process still there?
  } catch {
    killGroup();
  }
}, 500);
