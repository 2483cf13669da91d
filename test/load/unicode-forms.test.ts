// One key written in two Unicode forms: the parsed topology holds two keys that print the same.
// Only the file shows it (the model has two different keys), so the loader reports it.
import { loadTopology } from "../../topology/load";

const formsIn = (scopes: string) =>
    loadTopology({ file: "topology.yaml", text: `version: 1\napis:\n  orders:\n    identifier: https://orders.example.com\n    scopes:\n${scopes}` })
        .findings.filter((f) => f.rule === "lookalike-text" && f.message.includes("in another Unicode form"))
        .map((f) => [f.line, f.message]);

it.each([
    ["NFC and NFD of é", '      "read:caf\u00e9": Read\n      "read:cafe\u0301": Read again\n', 7],
    ["an ASCII key and the Kelvin sign, whose NFC form is K", "      K: Kelvin\n      \u212A: Kelvin again\n", 7],
])("reports %s once, on the second key", (_name, scopes, line) => {
    expect(formsIn(scopes)).toEqual([[line, expect.stringContaining("two keys that look the same")]]);
});

it("says nothing of keys that only look alike in ASCII", () => {
    expect(formsIn("      read:orders: Read\n      read:0rders: Read zero\n")).toEqual([]);
});
