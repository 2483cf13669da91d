// An AnalyzeStack answer larger than gRPC's 4 MiB default receive limit (a topology of thousands
// of APIs gives one) must reach the caller whole, as it does with the Pulumi CLI (400 MiB limit).
// Needs policies/bin.
import { openPack } from "../../topology/analyzer";
import { assertPackBuilt, PACK_DIR } from "../pack/pack-build";
import { client, coherentStack, SPA } from "../pack/stacks";

it("receives an answer of more than 4 MiB", async () => {
    assertPackBuilt();
    // Each insecure callback is one finding that quotes it: 1,500 of 4 KiB each are some 6 MiB.
    const long = (i: number) => `http://legacy.example.com/${String(i).padStart(4, "0")}/${"x".repeat(4096)}`;
    const legacy = client("legacy", { ...SPA, callbacks: Array.from({ length: 1500 }, (_, i) => long(i)) }, "none");
    const pack = await openPack({ packDir: PACK_DIR });
    try {
        const violations = await pack.analyze([...coherentStack(), ...legacy]);
        const insecure = violations.filter((v) => v.policy === "callback-insecure");
        expect(insecure).toHaveLength(1500);
        expect(Buffer.byteLength(insecure.map((v) => v.message).join(""))).toBeGreaterThan(4 * 1024 * 1024);
    } finally {
        pack.close();
    }
});
