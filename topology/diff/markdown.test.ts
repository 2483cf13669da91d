import { api, client, grant, tenant } from "../../policies/src/testing/factory";
import { diffModels } from "./diff";
import { toMarkdown } from "./markdown";

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
