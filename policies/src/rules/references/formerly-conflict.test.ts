import { api, client, role, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { formerlyConflict } from "./formerly-conflict";

testRule(formerlyConflict, {
    valid: [
        { name: "a rename to a free key", model: tenant({ clients: [client("storefront", "spa", { formerKeys: ["shop"] })], apis: [api("catalog", { formerKeys: ["products"] })] }) },
        { name: "an app and an API may share a former key (different resource types)", model: tenant({ clients: [client("shop", "spa", { formerKeys: ["old"] })], apis: [api("catalog", { formerKeys: ["old"] })] }) },
    ],
    invalid: [
        {
            name: "a former key still declared",
            model: tenant({ clients: [client("shop", "spa"), client("storefront", "spa", { formerKeys: ["shop"] })] }),
            findings: [{ path: "apps.storefront.formerly.0", severity: "error", message: "still declared" }],
        },
        {
            name: "two roles claiming one former key",
            model: tenant({ roles: [role("editor", {}, { formerKeys: ["writer"] }), role("author", {}, { formerKeys: ["writer"] })] }),
            findings: [{ path: "roles.author.formerly.0", severity: "error", message: "duplicate resource alias" }],
        },
        {
            name: "two APIs swapping keys: each keeps its own object",
            model: tenant({ apis: [api("a", { formerKeys: ["b"] }), api("b", { formerKeys: ["a"] })] }),
            findings: [
                { path: "apis.a.formerly.0", severity: "error", message: "swap keys" },
                { path: "apis.b.formerly.0", severity: "error", message: "swap keys" },
            ],
        },
    ],
});
