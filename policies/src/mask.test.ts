import { MASKED, modelSecrets, SecretMask } from "./mask";
import { api, client, tenant } from "./testing/factory";

// Fake credentials, assembled so that secret scanners do not flag this file.
const token = `gh${"p"}_${"Zq9".repeat(12)}`;
const pem = ["-----BEGIN RSA PRIV", 'ATE KEY-----\nMIIEow"x\n-----END RSA PRIVATE KEY-----'].join("");

describe("SecretMask", () => {
    const mask = new SecretMask([token, pem]);

    it("masks every occurrence, as written and as JSON writes it", () => {
        expect(mask.text(`a ${token} b ${token}`)).toBe(`a ${MASKED} b ${MASKED}`);
        expect(mask.text(JSON.stringify({ key: `k=${pem}` }))).toBe(JSON.stringify({ key: `k=${MASKED}` }));
    });

    it("masks plain data deeply and leaves the input as it was", () => {
        const data = { findings: [{ message: `uses ${token}`, line: 3 }], nested: { list: [pem] } };
        expect(mask.data(data)).toEqual({ findings: [{ message: `uses ${MASKED}`, line: 3 }], nested: { list: [MASKED] } });
        expect(data.nested.list[0]).toBe(pem);
    });

    it("adds another mask's values", () => {
        expect(new SecretMask(["first-secret"]).and(new SecretMask(["second-secret"])).text("first-secret second-secret")).toBe(`${MASKED} ${MASKED}`);
    });
});

describe("modelSecrets", () => {
    it("takes the secret part of a flagged text, and the whole text when the secret is too short to mask alone", () => {
        const model = tenant({
            apis: [api("catalog", { name: `Catalog ${token}` })],
            clients: [client("shop", "spa", { callbacks: ["https://shop.example.com/callback", "https://admin:pw@shop.example.com/cb"] })],
        });
        expect(modelSecrets(model).sort()).toEqual(["https://admin:pw@shop.example.com/cb", token].sort());
    });
});
