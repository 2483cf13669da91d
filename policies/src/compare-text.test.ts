import { compareText } from "./compare-text";

describe("compareText", () => {
    test.each([
        ["a", "b", -1],
        ["b", "a", 1],
        ["a", "a", 0],
        // Code units, not a locale's collation: capitals first, accents after every ASCII letter.
        ["Z", "a", -1],
        ["é", "z", 1],
        ["apps.web", "apps.web.callbacks", -1],
    ])("%j against %j is %i", (a, b, expected) => {
        expect(Math.sign(compareText(a, b))).toBe(expected);
    });

    test("sorts as a locale-independent total order", () => {
        expect(["é", "b", "B", "a", "e"].sort(compareText)).toEqual(["B", "a", "b", "e", "é"]);
    });
});
