// docs/rules.md is generated from the rules' metadata; it must match what the code enforces.
import * as fs from "node:fs";
import * as path from "node:path";
import { rules } from "../../policies/src/rules";
import { CATALOG_FILE, catalogMarkdown } from "../../topology/report/catalog";

describe("docs/rules.md", () => {
    it("is the one generated from the rules (run `npm run build && npm run --silent topology -- rules --format markdown > docs/rules.md` when this fails)", () => {
        expect(fs.readFileSync(path.join(__dirname, "..", "..", CATALOG_FILE), "utf8")).toBe(catalogMarkdown());
    });

    it("lists every rule once, each id kebab-case and unique", () => {
        const ids = rules.map((r) => r.meta.id);
        expect(new Set(ids).size).toBe(ids.length);
        const catalog = catalogMarkdown();
        for (const id of ids) expect(catalog).toContain(`| \`${id}\` |`);
    });
});
