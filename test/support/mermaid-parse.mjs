// Parses Mermaid text read from stdin with mermaid's own parser (ESM-only, hence a child process),
// in a jsdom window since mermaid sanitizes labels through DOMPurify. Prints {"ok":true} or the error.
import { JSDOM } from "jsdom";

const { window } = new JSDOM("<!doctype html><html><body></body></html>");
globalThis.window = window;
globalThis.document = window.document;
const { default: mermaid } = await import("mermaid");

let text = "";
for await (const chunk of process.stdin) text += chunk;
try {
    const result = await mermaid.parse(text);
    process.stdout.write(JSON.stringify({ ok: true, diagramType: result.diagramType }));
} catch (err) {
    process.stdout.write(JSON.stringify({ ok: false, error: String(err.message ?? err).split("\n").slice(0, 4).join("\n") }));
}
