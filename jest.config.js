/** @type {import('jest').Config} */
module.exports = {
    testEnvironment: "node",
    roots: ["<rootDir>/test", "<rootDir>/policies/src", "<rootDir>/topology"],
    testMatch: ["**/*.test.ts"],
    transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
    modulePathIgnorePatterns: ["<rootDir>/dist", "<rootDir>/policies/bin"],
    testTimeout: 60000,
    reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
};
