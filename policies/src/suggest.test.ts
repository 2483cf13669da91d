import { closest, didYouMean, editDistance } from "./suggest";

describe("editDistance", () => {
    it.each([
        ["", "", 0],
        ["abc", "", 3],
        ["kitten", "sitting", 3],
        ["calback", "callbacks", 2],
        ["read:users", "read:users", 0],
    ])("%s -> %s is %i", (a, b, expected) => {
        expect(editDistance(a, b)).toBe(expected);
        expect(editDistance(b, a)).toBe(expected);
    });
});

describe("closest", () => {
    it("picks the nearest candidate within reach, ignoring case", () => {
        expect(closest("catlog", ["orders", "catalog", "catalogs"])).toBe("catalog");
        expect(closest("Storefront", ["storefront"])).toBe("storefront");
    });

    it("suggests nothing for a word far from every candidate", () => {
        expect(closest("billing", ["catalog", "orders"])).toBeUndefined();
        expect(closest("x", [])).toBeUndefined();
    });

    it("formats the suggestion for a message", () => {
        expect(didYouMean("calback", ["callbacks", "name"])).toBe(" (did you mean 'callbacks'?)");
        expect(didYouMean("zzz", ["callbacks"])).toBe("");
    });
});
