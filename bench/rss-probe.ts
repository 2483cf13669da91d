// Preloaded (`node --require`) into a measured CLI process: at exit, writes the process's peak
// resident memory in MB to the file named by RSS_PROBE_FILE.
import * as fs from "node:fs";

const out = process.env.RSS_PROBE_FILE;
if (out !== undefined) process.on("exit", () => fs.writeFileSync(out, String(process.resourceUsage().maxRSS / 1024)));
