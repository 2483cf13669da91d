import { api, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { nameFormat } from "./name-format";

const withName = (name: string, kind: "managed" | "external" = "managed") => tenant({ apis: [api("catalog", { name, kind })] });

testRule(nameFormat, {
    valid: [
        { name: "ordinary name", model: withName("Catalog API (v2) & friends") },
        { name: "200 characters", model: withName("n".repeat(200)) },
        { name: "an external API's name is not ours", model: withName("<legacy>", "external") },
    ],
    invalid: [
        {
            name: "201 characters",
            model: withName("n".repeat(201)),
            findings: [{ path: "apis.catalog.name", severity: "error", message: "201 characters long" }],
        },
        { name: "angle brackets", model: withName("Catalog <beta>"), findings: [{ path: "apis.catalog.name", message: "contains < or >" }] },
        { name: "empty", model: withName(""), findings: [{ path: "apis.catalog.name", message: "is empty" }] },
    ],
});
