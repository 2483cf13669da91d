import type { Finding } from "../../policies/src/rule";
import { planFindings } from "../../topology/plan/findings";

const checked: Finding = { rule: "implicit-grant", severity: "error", message: "implicit grant enabled", path: "apps.web", file: "topology.yaml", line: 9, column: 3 };
const urn = (name: string) => `urn:pulumi:dev::p::auth0:index/client:Client::${name}`;

describe("planFindings", () => {
    it("keeps the checker's findings and only the violations the checker did not also find", () => {
        const findings = planFindings({
            findings: [checked],
            policy: [
                { policy: "implicit-grant", level: "mandatory", urn: urn("web"), message: "apps.web: implicit grant enabled" },
                { policy: "callback-insecure", level: "mandatory", urn: urn("legacy"), message: "apps.legacy.callbacks.0: http callback\nuse https" },
                { policy: "unused-api", level: "advisory", message: "apis.old: nobody calls it" },
                { policy: "spa-signing-alg", level: "disabled", urn: urn("web"), message: "apps.web: HS256" },
            ],
        });
        expect(findings).toEqual([
            checked,
            { rule: "callback-insecure", severity: "error", message: "apps.legacy.callbacks.0: http callback", hint: "use https", path: "", urn: urn("legacy") },
            { rule: "unused-api", severity: "warning", message: "apis.old: nobody calls it", path: "" },
        ]);
    });
});
