import * as auth0 from "@pulumi/auth0";
import { PROVIDER_CONTRACT } from "../../policies/src/facts/provider-contract";
import { runUnderMocks } from "../build/under-mocks";
import { checkContract, installedSdkVersion } from "./contract";
import { formatPlanText, planFails, planSummary } from "./format";
import { planFindings, PROVIDER_CONTRACT_ID } from "./findings";
import { SecretMask } from "../../policies/src/mask";

const PINNED = PROVIDER_CONTRACT.sdk.version;

// A program a user could write: one input the provider computes, one type the contract lacks.
const registered = () =>
    runUnderMocks(
        async () => {
            new auth0.RolePermissions("editors", { roleId: "rol_1", permissions: [{ name: "read:x", resourceServerIdentifier: "https://x", resourceServerName: "X" }] });
            new auth0.Role("editor", { name: "Editor" });
            new auth0.Connection("db", { name: "db", strategy: "auth0" });
        },
        { stack: "dev", config: {} },
    );

describe("the provider contract at plan time", () => {
    it("is the one of the SDK this process runs (the plan of a topology uses it)", () => {
        expect(installedSdkVersion()).toBe(PINNED);
    });

    it("reports the inputs the provider would refuse, and names the types it cannot judge", async () => {
        const check = checkContract(await registered(), PINNED);
        expect(check.violations).toEqual([expect.objectContaining({ path: "permissions[0].resourceServerName", message: "is computed by the provider and cannot be set" })]);
        expect(check.violations[0]!.urn).toMatch(/::editors$/);
        expect(check.notes).toEqual(["not checked (types the contract does not hold): auth0:index/connection:Connection"]);
        expect(check.against).toBe(`terraform-provider-auth0 ${PROVIDER_CONTRACT.provider.version} (@pulumi/auth0 ${PINNED})`);
    });

    it("does not judge another SDK version's inputs by this contract", async () => {
        const check = checkContract(await registered(), "2.24.1");
        expect(check.violations).toEqual([]);
        expect(check.notes).toEqual([`not checked: the program uses @pulumi/auth0 2.24.1, the contract is that of ${PINNED}`]);
    });

    it("fails the plan, in the text, the summary and the CI formats", async () => {
        const resources = await registered();
        const result = { resources, findings: [], checked: true, contract: checkContract(resources, PINNED), policy: [], mask: new SecretMask([]) };
        expect(planSummary(result).contract).toBe(1);
        expect(planFails(planSummary(result))).toBe(true);
        expect(planFails(planSummary({ ...result, contract: checkContract(resources, "2.24.1") }))).toBe(false);
        const text = formatPlanText(result);
        expect(text).toContain(`Provider contract, ${result.contract.against}:\n  error  auth0:index/rolePermissions:RolePermissions  editors  permissions[0].resourceServerName: is computed`);
        expect(text).toMatch(/; 1 inputs the provider would refuse\n$/);
        expect(planFindings(result).filter((f) => f.rule === PROVIDER_CONTRACT_ID)).toEqual([expect.objectContaining({ severity: "error", urn: result.contract.violations[0]!.urn })]);
    });
});
