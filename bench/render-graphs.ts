// `node dist/bench/render-graphs.js [--out DIR]`: renders `topology graph` of generated tenants
// (3, 20 and 150 APIs, whole and focused) with Mermaid in headless Chromium and writes PNG
// screenshots, for a person to look at. A manual check, not a test: CI has no browser.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { benchTopology, generateTopology } from "./generate";

const ROOT = path.join(__dirname, "../..");
const CLI = path.join(ROOT, "dist/topology/cli/bin.js");
const MERMAID = path.join(ROOT, "node_modules/mermaid/dist/mermaid.min.js");

interface View {
    name: string;
    apis: number;
    flags: string[];
}

const VIEWS: readonly View[] = [
    { name: "apis-3", apis: 3, flags: [] },
    { name: "apis-20", apis: 20, flags: [] },
    { name: "apis-150", apis: 150, flags: [] },
    { name: "apis-150-focus-api", apis: 150, flags: ["--api", "api-40"] },
    { name: "apis-150-focus-app", apis: 150, flags: ["--app", "spa-20", "--depth", "2"] },
];

function page(diagram: string): string {
    // Mermaid's default text limit (50,000 characters) and edge limit (500) stop large graphs.
    return `<!doctype html><html><body style="margin:0;background:white">
<pre class="mermaid">${diagram.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</pre>
<script src="file://${MERMAID}"></script>
<script>mermaid.initialize({ startOnLoad: true, maxTextSize: 10000000, maxEdges: 100000, flowchart: { useMaxWidth: false } });</script>
</body></html>`;
}

function render(view: View, work: string, out: string): void {
    const dir = path.join(work, view.name);
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, "topology.yaml");
    fs.writeFileSync(file, generateTopology(view.apis));
    const diagram = execFileSync(process.execPath, [CLI, "graph", file, ...view.flags], { encoding: "utf8" });
    const html = path.join(dir, "graph.html");
    fs.writeFileSync(html, page(diagram));
    fs.writeFileSync(path.join(out, `${view.name}.mmd`), diagram);
    const nodes = Object.keys(benchTopology(view.apis).apps ?? {}).length + view.apis;
    const size = view.flags.length > 0 || view.apis <= 3 ? "1600,1400" : view.apis <= 20 ? "2400,3200" : "4000,12000";
    execFileSync(
        "chromium",
        [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--allow-file-access-from-files",
            `--user-data-dir=${path.join(work, "profile")}`,
            `--window-size=${size}`,
            "--virtual-time-budget=30000",
            `--screenshot=${path.join(out, `${view.name}.png`)}`,
            `file://${html}`,
        ],
        { stdio: ["ignore", "ignore", "pipe"], timeout: 180_000 },
    );
    process.stderr.write(`render-graphs: ${view.name} (${nodes} apps and APIs, ${view.flags.join(" ") || "whole graph"}) -> ${path.join(out, `${view.name}.png`)}\n`);
}

const outFlag = process.argv.indexOf("--out");
const out = path.resolve(outFlag > 0 ? process.argv[outFlag + 1]! : path.join(os.tmpdir(), "auth0-topology-graphs"));
fs.mkdirSync(out, { recursive: true });
const work = fs.mkdtempSync(path.join(os.tmpdir(), "auth0-topology-render-"));
try {
    for (const view of VIEWS) render(view, work, out);
} finally {
    fs.rmSync(work, { recursive: true, force: true });
}
