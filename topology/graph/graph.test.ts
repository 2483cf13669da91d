import { MANAGEMENT_API } from "../../policies/src/model";
import { api, caller, client, grant, role, tenant } from "../../policies/src/testing/factory";
import { toDot } from "./dot";
import { chosenNodes, neighbourhood } from "./focus";
import { changedPart, graphOf, mergeGraphs, nodeId } from "./graph";
import { toMermaid } from "./mermaid";
import { parseMermaid } from "../../test/support/mermaid";

const model = tenant({
    apis: [
        api("catalog", { name: 'Catalog "v2" <API>', scopeValues: ["read:products", "write:products"] }),
        api("inventory", { scopeValues: ["read:stock"] }),
        api(MANAGEMENT_API, { kind: "management", scopeValues: ["read:users"] }),
    ],
    clients: [client("store-front", "spa"), client("store_front", "web"), client("sync", "m2m"), caller("catalog")],
    grants: [
        grant("store-front", "catalog", ["read:products"]),
        grant("store_front", "catalog", ["read:products"]),
        grant("store_front", "inventory", ["read:stock"], { subjectType: "client" }),
        grant("sync", "ghost", ["x"], { subjectType: "client" }),
        grant("catalog/caller", "inventory", ["read:stock"], { subjectType: "client" }),
    ],
    roles: [role("merchandiser", { catalog: ["read:products", "write:products"] })],
});

describe("graphOf", () => {
    const graph = graphOf(model);
    it("draws user, machine, calls and role edges", () => {
        expect(graph.edges.map((e) => `${e.from} ${e.kind} ${e.to} ${e.scopes.join(",")}`)).toEqual([
            "app:store-front user api:catalog read:products",
            "app:store_front user api:catalog read:products",
            "app:store_front machine api:inventory read:stock",
            "app:sync machine api:ghost x",
            "api:catalog calls api:inventory read:stock",
            "role:merchandiser role api:catalog read:products,write:products",
        ]);
    });
    it("shows the Management API only when referenced, and undeclared APIs as such", () => {
        expect(graph.nodes.some((n) => n.key === MANAGEMENT_API)).toBe(false);
        expect(graph.nodes.find((n) => n.key === "ghost")?.detail).toBe("not declared");
        expect(graph.nodes.some((n) => n.key === "catalog/caller")).toBe(false);
    });
});

/** Mermaid's own parser must accept the text as a flowchart. */
function checkMermaid(text: string): string[] {
    const verdict = parseMermaid(text);
    if (!verdict.ok) return [verdict.error ?? "rejected"];
    return verdict.diagramType === "flowchart-v2" ? [] : [`parsed as ${verdict.diagramType}`];
}

describe("toMermaid", () => {
    it("is checked by a parser that rejects broken diagrams", () => {
        expect(checkMermaid("flowchart LR\n  a -->|x b [[")).not.toEqual([]);
    });
    it("writes valid statements with distinct ids for keys that differ only by - and _", () => {
        const text = toMermaid(graphOf(model));
        expect(checkMermaid(text)).toEqual([]);
        expect(text).toContain("app_store_hfront[");
        expect(text).toContain("app_store__front[");
        expect(text).toContain("#quot;v2#quot; #lt;API#gt;");
    });
    it("draws user access solid and machine access dashed, labelled with scopes", () => {
        const text = toMermaid(graphOf(model));
        expect(text).toContain('app_store_hfront -->|"read:products"| api_catalog');
        expect(text).toContain('app_store__front -.->|"read:stock"| api_inventory');
        expect(text).toContain('api_catalog -.->|"calls: read:stock"| api_inventory');
    });
    it("stays valid for a 30-node tenant", () => {
        const keys = Array.from({ length: 10 }, (_, i) => i);
        const big = tenant({
            apis: keys.map((i) => api(`api-${i}`, { scopeValues: ["read:a", "write:a", "delete:a"] })),
            clients: keys.map((i) => client(`app-${i}`, i % 2 ? "spa" : "m2m")),
            grants: keys.flatMap((i) => [0, 1, 2].map((d) => grant(`app-${i}`, `api-${(i + d) % 10}`, ["read:a", "write:a"], { subjectType: i % 2 ? "user" : "client" }))),
            roles: keys.map((i) => role(`role-${i}`, { [`api-${i}`]: ["read:a"] })),
        });
        const text = toMermaid(graphOf(big));
        expect(checkMermaid(text)).toEqual([]);
        expect(text.match(/^\s+\w+(\[|\{\{|\(\[)"/gm)).toHaveLength(30);
    });
});

describe("diff graphs", () => {
    it("marks added, removed and changed elements and keeps only the changed part", () => {
        const after = tenant({
            ...model,
            grants: [grant("store-front", "catalog", ["read:products", "write:products"]), grant("sync", "inventory", ["read:stock"], { subjectType: "client" })],
            roles: [],
        });
        const part = changedPart(mergeGraphs(graphOf(model), graphOf(after), new Set()));
        const edge = (from: string) => part.edges.find((e) => e.from === from);
        expect(edge(nodeId("app", "store-front"))).toMatchObject({ status: "changed", addedScopes: ["write:products"] });
        expect(part.edges.filter((e) => e.status === "unchanged")).toEqual([]);
        expect(part.nodes.find((n) => n.key === "merchandiser")?.status).toBe("removed");
        const text = toMermaid(part);
        expect(checkMermaid(text)).toEqual([]);
        expect(text).toContain("+write:products");
        expect(text).toMatch(/class [\w,]*role_merchandiser[\w,]* removed/);
    });
});

describe("toDot", () => {
    it("declares every node once, quotes labels, and dashes machine access", () => {
        const text = toDot(graphOf(model));
        expect(text.split("{").length).toBe(text.split("}").length);
        expect(text).toContain('"app:store_front" -> "api:inventory" [label="read:stock", style=dashed');
        expect(text).toContain('label="Catalog \\"v2\\" <API> (catalog)\\nAPI"');
        for (const [, from, to] of text.matchAll(/"([^"]+)" -> "([^"]+)"/g)) {
            expect(text).toContain(`"${from}" [label=`);
            expect(text).toContain(`"${to}" [label=`);
        }
    });
});

describe("graph conventions", () => {
    const withPartner = tenant({ ...model, clients: [...model.clients, client("partner", "web", { firstParty: false })], grants: [...model.grants, grant("partner", "catalog", ["read:products"])] });

    it("marks third-party apps and draws role permissions apart from user grants", () => {
        const text = toMermaid(graphOf(withPartner), { legend: true });
        expect(checkMermaid(text)).toEqual([]);
        expect(text).toContain("app_partner[\"partner<br/><i>web, third-party</i>\"]");
        expect(text).toMatch(/^ {4}class app_partner thirdParty$/m);
        expect(text).toContain('role_merchandiser ==>|"read:products, write:products"| api_catalog');
        expect(text).toContain('app_store_hfront -->|"read:products"| api_catalog');
        // The role arrow (after the 6 grants) and the legend's (third after the graph's 7 arrows) are purple.
        expect(text).toMatch(/^ {4}linkStyle 6,9 stroke:#8250df/m);
        expect(text).toContain('subgraph legend["Legend"]');
        const dot = toDot(graphOf(withPartner));
        expect(dot).toContain('"role:merchandiser" -> "api:catalog" [label="read:products, write:products", style=bold, color="#8250df"');
        expect(dot).toMatch(/"app:partner" \[label="partner\\nweb, third-party", shape=box, color="black", style="solid,filled", fillcolor="#fff8c5"\]/);
    });

    it("leaves scopes out when asked, but still names an API's calls", () => {
        const text = toMermaid(graphOf(model), { scopeLabels: false });
        expect(checkMermaid(text)).toEqual([]);
        expect(text).toContain("app_store_hfront --> api_catalog");
        expect(text).toContain('api_catalog -.->|"calls"| api_inventory');
        expect(text).not.toContain("read:products");
    });
});

describe("neighbourhood", () => {
    const graph = graphOf(model);
    const keys = (g: { nodes: { id: string }[] }) => g.nodes.map((n) => n.id).sort();

    it("keeps the chosen node, what it calls and who calls it, one arrow away", () => {
        const { ids, unknown } = chosenNodes(graph, { focus: [], apps: [], apis: ["inventory"], depth: 1 });
        expect(unknown).toEqual([]);
        const part = neighbourhood(graph, ids, 1);
        expect(keys(part)).toEqual(["api:catalog", "api:inventory", "app:store_front"]);
        expect(part.edges.map((e) => `${e.from}>${e.to}`).sort()).toEqual(["api:catalog>api:inventory", "app:store_front>api:inventory"]);
    });

    it("reaches further with a greater depth, and leaves out arrows between the rim's nodes", () => {
        const { ids } = chosenNodes(graph, { focus: [], apps: ["sync"], apis: [], depth: 2 });
        expect(keys(neighbourhood(graph, ids, 1))).toEqual(["api:ghost", "app:sync"]);
        const two = neighbourhood(graph, chosenNodes(graph, { focus: [], apps: [], apis: ["inventory"], depth: 2 }).ids, 2);
        expect(keys(two)).toEqual(["api:catalog", "api:inventory", "app:store-front", "app:store_front", "role:merchandiser"]);
        // store-front and merchandiser are two arrows away: their arrows to catalog are the way in; none joins them.
        expect(two.edges.every((e) => e.to === "api:inventory" || e.to === "api:catalog")).toBe(true);
    });

    it("marks the chosen nodes, and each renderer outlines them", () => {
        const part = neighbourhood(graph, chosenNodes(graph, { focus: [], apps: [], apis: ["inventory"], depth: 1 }).ids, 1);
        expect(part.nodes.filter((n) => n.focused === true).map((n) => n.id)).toEqual(["api:inventory"]);
        expect(graph.nodes.some((n) => n.focused === true)).toBe(false);
        const mermaid = toMermaid(part);
        expect(checkMermaid(mermaid)).toEqual([]);
        expect(mermaid).toContain("    class api_inventory focused");
        expect(toMermaid(graph)).not.toContain("focused");
        expect(toDot(part)).toMatch(/"api:inventory" \[[^\n]*color="#0969da"[^\n]*penwidth=3\]/);
        expect(toDot(part)).not.toMatch(/"api:catalog" \[[^\n]*penwidth/);
    });

    it("reports keys that match nothing, by kind", () => {
        expect(chosenNodes(graph, { focus: ["merchandiser"], apps: ["catalog"], apis: ["nope"], depth: 1 }).unknown).toEqual(["catalog", "nope"]);
    });
});
