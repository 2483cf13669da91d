import { api, managementApi, tenant } from "../../testing/factory";
import { testRule } from "../../testing/rule-tester";
import { identifierFormat } from "./identifier-format";

const withIdentifier = (identifier: string, kind: "managed" | "external" = "managed") => tenant({ apis: [api("catalog", { identifier, kind })] });
const path = "apis.catalog.identifier";

testRule(identifierFormat, {
    valid: [
        { name: "https URI", model: withIdentifier("https://catalog.example.com/") },
        { name: "https URI with a path, 600 characters", model: withIdentifier(`https://catalog.example.com/${"a".repeat(600 - 28)}`) },
        { name: "a urn identifier: an absolute URI", model: withIdentifier("urn:example:catalog") },
        { name: "an http identifier: Auth0 never calls it", model: withIdentifier("http://catalog.example.com") },
        { name: "an external API's existing urn identifier", model: withIdentifier("urn:partner:ledger", "external") },
        { name: "the Management API's placeholder identifier", model: tenant({ apis: [managementApi({ identifier: "https://{tenant}.auth0.com/api/v2/" })] }) },
    ],
    invalid: [
        { name: "empty", model: withIdentifier(""), findings: [{ path, severity: "error", message: "is empty" }] },
        {
            name: "601 characters: an error only, no warning on top",
            model: withIdentifier(`https://catalog.example.com/${"a".repeat(601 - 28)}`),
            findings: [{ path, severity: "error", message: "601 characters long" }],
        },
        { name: "whitespace", model: withIdentifier("https://catalog.example.com/ v2"), findings: [{ path, severity: "error", message: "whitespace" }] },
        {
            name: "whitespace in an external API's identifier",
            model: withIdentifier("urn:partner ledger", "external"),
            findings: [{ path, severity: "error" }],
        },
        { name: "not a URI", model: withIdentifier("catalog-api"), findings: [{ path, severity: "warning", message: "not an absolute URI" }] },
        { name: "fragment", model: withIdentifier("https://catalog.example.com/#v2"), findings: [{ path, severity: "warning", message: "has a fragment" }] },
        {
            name: "a warning stays a warning on production stacks",
            model: { ...withIdentifier("catalog-api"), environment: "production" },
            findings: [{ path, severity: "warning" }],
        },
    ],
});
