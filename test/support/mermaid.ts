// Mermaid's real parser, for tests: Mermaid is ESM-only, so it runs in a child Node process.
import { execFileSync } from "node:child_process";
import * as path from "node:path";

export interface MermaidVerdict {
    ok: boolean;
    diagramType?: string;
    error?: string;
}

export function parseMermaid(text: string): MermaidVerdict {
    const script = path.join(__dirname, "mermaid-parse.mjs");
    return JSON.parse(execFileSync(process.execPath, [script], { input: text, encoding: "utf8", timeout: 60_000 }));
}
