import { api, client, grant, tenant } from "../../policies/src/testing/factory";
import { diffModels } from "./diff";
import { GITHUB_COMMENT_LIMIT, toMarkdown } from "./markdown";

const base = tenant({ apis: [api("catalog", { scopeValues: ["read:products", "write:products"] })], clients: [client("storefront", "spa")], grants: [grant("storefront", "catalog", ["read:products"])] });

describe("toMarkdown", () => {
    it("says so in one line when nothing changes", () => {
        expect(toMarkdown(diffModels({ base, head: base })).trim()).toBe("### Auth0 topology: no change to the tenant");
    });

    it("leads with the risk tally, explains the labels it uses, and keeps a small change short", () => {
        const head = { ...base, grants: [grant("storefront", "catalog", ["read:products", "write:products"])] };
        const text = toMarkdown(diffModels({ base, head }), { file: "topology.yaml" });
        expect(text.split("\n")[0]).toBe("### Auth0 topology: 1 change — **widens access** 1");
        expect(text).toContain("gains `write:products`");
        expect(text).toContain("| storefront (spa) | `catalog` | for a user | read:products, **+write:products** |");
        expect(text).toContain("**widens access**: someone may obtain");
        expect(text).not.toContain("**replaces**:");
        expect(text.split("\n").length).toBeLessThan(20);
    });

    it("orders changes by risk and escapes table cells", () => {
        const head = tenant({
            apis: [api("catalog", { name: "a|b", identifier: "https://catalog.v2.example.com", scopeValues: ["read:products", "write:products"] })],
            clients: [client("storefront", "spa", { callbacks: ["https://shop.example.com/cb"] })],
            grants: base.grants,
        });
        const rows = toMarkdown(diffModels({ base, head })).split("\n").filter((l) => l.startsWith("| **"));
        expect(rows[0]).toMatch(/^\| \*\*replaces\*\*/);
        expect(rows[0]).toContain("a\\|b");
        expect(rows[1]).toMatch(/^\| \*\*widens access\*\*/);
    });
});

describe("toMarkdown past a comment's size", () => {
    const many = (n: number, identifier: (i: number) => string) =>
        tenant({
            apis: Array.from({ length: n }, (_, i) => api(`api-${i}`, { identifier: identifier(i), scopeValues: ["read:x"] })),
            clients: Array.from({ length: n }, (_, i) => client(`app-${i}`, "spa")),
            grants: Array.from({ length: n }, (_, i) => grant(`app-${i}`, `api-${i}`, ["read:x"])),
        });
    // Every API's audience changes (replaces) and every other app loses its grant (breaks callers).
    const before = many(1500, (i) => `https://api-${i}.example.com`);
    const after = { ...many(1500, (i) => `https://api-${i}.v2.example.com`) };
    after.grants = after.grants.filter((_, i) => i % 2 === 0);
    const changeSet = diffModels({ base: before, head: after });

    it("keeps within the budget with counts per label, riskiest rows first, whole tables and a note on the JSON artifact", () => {
        const full = toMarkdown(changeSet, { budget: Number.MAX_SAFE_INTEGER, mermaid: "flowchart LR\n  a --> b" });
        expect(full.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT);
        const text = toMarkdown(changeSet, { mermaid: "flowchart LR\n  a --> b" });
        expect(text.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
        expect(text).toMatch(/^### Auth0 topology: \d+ changes — \*\*replaces\*\* 1500 · \*\*breaks callers\*\* \d+/);
        expect(text).toContain("| **replaces** | 1500 |");
        expect(text).toMatch(/> \*\*Summarised to fit a comment\*\*: \d+ of \d+ changes, .*the graph not shown/);
        expect(text).toContain("JSON artifact");
        expect(text).not.toContain("```mermaid");
        const lines = text.split("\n");
        const first = lines.indexOf("| Risk | What changes | Why it matters |") + 2;
        const rows = lines.slice(first, lines.indexOf("", first));
        expect(rows.length).toBeGreaterThan(100);
        // 1500 replacements come before any of the 750 broken callers, and do not all fit.
        expect(rows.every((r) => r.startsWith("| **replaces**"))).toBe(true);
        // Every table row sits under its table's header: nothing cut mid-table.
        lines.forEach((line, i) => {
            if (line.startsWith("|") && !lines[i - 1]!.startsWith("|")) expect(lines[i + 1]).toMatch(/^\|(-|:|\|)+$/);
        });
        expect(text.endsWith("</sub>\n\n")).toBe(true);
    });

    it("is the full diff when it fits", () => {
        const small = diffModels({ base: many(3, (i) => `https://api-${i}.example.com`), head: many(3, (i) => `https://api-${i}.v2.example.com`) });
        expect(toMarkdown(small)).not.toContain("Summarised");
    });

    it("honours a smaller budget", () => {
        expect(toMarkdown(changeSet, { budget: 5000 }).length).toBeLessThanOrEqual(5000);
    });
});
