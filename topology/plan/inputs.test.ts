import { specialSecretSig, specialSigKey, unknownValue } from "@pulumi/pulumi/runtime/rpc";
import { displayInputs, inputLines } from "./inputs";

const secret = (value: unknown) => ({ [specialSigKey]: specialSecretSig, value });

describe("displayInputs", () => {
    it("masks secrets at any depth and marks values known only at deployment", () => {
        const wire = { clientSecret: secret("s3cr3t"), options: { keys: [secret({ pem: "-----BEGIN" }), "plain"] }, clientId: unknownValue };
        const shown = displayInputs(wire);
        expect(shown).toEqual({ clientSecret: "[secret]", options: { keys: ["[secret]", "plain"] }, clientId: "[unknown]" });
        expect(JSON.stringify(shown)).not.toContain("s3cr3t");
        expect(JSON.stringify(shown)).not.toContain("BEGIN");
    });

    it("leaves plain values as they are", () => {
        expect(displayInputs({ n: 3, ok: false, none: null, list: [] })).toEqual({ n: 3, ok: false, none: null, list: [] });
    });
});

describe("inputLines", () => {
    it("lays inputs out as pulumi preview --diff does: padded names, [i] items, nested blocks", () => {
        const lines = inputLines({ name: "Shop", callbacks: ["https://a/cb", "https://b/cb"], jwtConfiguration: { alg: "RS256" }, grantTypes: [], secret: "[secret]" }, "  ");
        expect(lines).toEqual([
            '  name            : "Shop"',
            "  callbacks       : [",
            '      [0]: "https://a/cb"',
            '      [1]: "https://b/cb"',
            "  ]",
            "  jwtConfiguration: {",
            '      alg: "RS256"',
            "  }",
            "  grantTypes      : []",
            "  secret          : [secret]",
        ]);
    });
});
