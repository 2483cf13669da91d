import { api, caller, client, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { nameFormat } from "./name-format";

const withName = (name: string, kind: "managed" | "external" = "managed") => tenant({ apis: [api("catalog", { name, kind })] });
const withApp = (over: Parameters<typeof client>[2]) => tenant({ clients: [client("shop", "spa", over)] });

testRule(nameFormat, {
    valid: [
        { name: "ordinary name", model: withName("Catalog API (v2) & friends") },
        { name: "200 characters", model: withName("n".repeat(200)) },
        { name: "an external API's name is not ours", model: withName("<legacy>", "external") },
        { name: "an app description of 140 characters", model: withApp({ name: "Shop & Co", description: "d".repeat(140) }) },
        { name: "an app without a description", model: withApp({ name: "Shop" }) },
        { name: "an API's machine client is named after the API, reported there", model: tenant({ clients: [caller("catalog", { name: "<catalog> (caller)" })] }) },
    ],
    invalid: [
        {
            name: "201 characters",
            model: withName("n".repeat(201)),
            findings: [{ path: "apis.catalog.name", severity: "error", message: "201 characters long" }],
        },
        { name: "angle brackets", model: withName("Catalog <beta>"), findings: [{ path: "apis.catalog.name", message: "contains < or >" }] },
        { name: "empty", model: withName(""), findings: [{ path: "apis.catalog.name", message: "is empty" }] },
        { name: "an empty app name", model: withApp({ name: "" }), findings: [{ path: "apps.shop.name", severity: "error", message: "is empty" }] },
        { name: "an app name with angle brackets", model: withApp({ name: "Shop <beta>" }), findings: [{ path: "apps.shop.name", message: "contains < or >" }] },
        {
            name: "an app description of 141 characters, which the provider refuses at preview",
            model: withApp({ description: "d".repeat(141) }),
            findings: [{ path: "apps.shop.description", severity: "error", message: "141 characters long; Auth0 accepts at most 140" }],
        },
    ],
});
