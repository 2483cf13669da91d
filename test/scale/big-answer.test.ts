// An AnalyzeStack answer larger than gRPC's 4 MiB default receive limit (a topology of thousands
// of APIs gives one) must reach the caller whole, as it does with the Pulumi CLI (400 MiB limit).
// Needs policies/bin.
import { openPack } from "../../topology/analyzer";
import { assertPackBuilt, PACK_DIR } from "../pack/pack-build";
import { client, coherentStack, SPA } from "../pack/stacks";

it("receives an answer of more than 4 MiB", async () => {
    assertPackBuilt();
    // Each insecure callback is one finding that quotes it. Repeats of one rule fold past 50, so
    // 60 apps of one 100 KiB callback each give 51 findings of some 5 MiB (the last counts ten).
    const long = (i: number) => `http://legacy.example.com/${String(i).padStart(4, "0")}/${"x".repeat(100 * 1024)}`;
    const legacy = Array.from({ length: 60 }, (_, i) => client(`legacy-${i}`, { ...SPA, callbacks: [long(i)] }, "none")).flat();
    const pack = await openPack({ packDir: PACK_DIR });
    try {
        const violations = await pack.analyze([...coherentStack(), ...legacy]);
        const insecure = violations.filter((v) => v.policy === "callback-insecure");
        expect(insecure).toHaveLength(51);
        expect(insecure.filter((v) => v.message.includes("(and 9 more findings of this rule, not listed one by one)"))).toHaveLength(1);
        expect(Buffer.byteLength(insecure.map((v) => v.message).join(""))).toBeGreaterThan(4 * 1024 * 1024);
    } finally {
        pack.close();
    }
});
