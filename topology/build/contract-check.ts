// Checks the inputs a program registers against the provider contract: only settable attributes,
// each of the right shape and within the provider's validations. Under mocks nothing refuses a
// computed-only field or a value the provider's validation rejects; a real `pulumi preview` does.
import * as pulumi from "@pulumi/pulumi";
import { resourceContract, type AttributeFact, type ValueRules } from "../../policies/src/facts/provider-contract";
import type { RegisteredResource } from "./under-mocks";

export interface ContractViolation {
    urn: string;
    /** Pulumi path of the attribute, e.g. permissions[0].resourceServerName. */
    path: string;
    message: string;
}

type Report = (path: string, message: string) => void;

function isUnknown(value: unknown): boolean {
    return value === pulumi.runtime.unknownValue;
}

/** A secret's plain value (wire format: { [sig]: secret, value }). */
function unwrapSecret(value: unknown): unknown {
    if (typeof value === "object" && value !== null && (value as Record<string, unknown>)[pulumi.runtime.specialSigKey] === pulumi.runtime.specialSecretSig) {
        return (value as { value?: unknown }).value;
    }
    return value;
}

function checkRules(rules: ValueRules, value: unknown, path: string, report: Report): void {
    if (rules.enum !== undefined && typeof value === "string") {
        const allowed = rules.ignoreCase === true ? rules.enum.map((v) => v.toLowerCase()) : rules.enum;
        if (!allowed.includes(rules.ignoreCase === true ? value.toLowerCase() : value)) report(path, `${JSON.stringify(value)} is not one of ${rules.enum.join(", ")}`);
    }
    const inBounds = (n: number, b: { min?: number; max?: number }) => (b.min === undefined || n >= b.min) && (b.max === undefined || n <= b.max);
    const bounds = (b: { min?: number; max?: number }) => `${b.min ?? "-∞"}..${b.max ?? "∞"}`;
    if (rules.length !== undefined && typeof value === "string" && !inBounds(value.length, rules.length)) {
        report(path, `length ${value.length} is outside ${bounds(rules.length)}`);
    }
    if (rules.range !== undefined && typeof value === "number" && !inBounds(value, rules.range)) report(path, `${value} is outside ${bounds(rules.range)}`);
    // The contract names this validation without restating it: setting the attribute needs a check written for it.
    if (rules.check !== undefined) report(path, `validated by the provider's ${rules.check}, which this check does not restate`);
}

function checkScalar(fact: AttributeFact, value: unknown, path: string, report: Report): void {
    const ok = fact.type === "string" ? typeof value === "string" : fact.type === "integer" ? Number.isInteger(value) : typeof value === "boolean";
    if (!ok) {
        report(path, `expected ${fact.type}, found ${JSON.stringify(value)}`);
        return;
    }
    checkRules(fact, value, path, report);
    if (fact.excludes !== undefined && typeof value === "string") {
        const found = fact.excludes.filter((c) => value.includes(c));
        if (found.length > 0) report(path, `may not contain ${found.join(" ")}`);
    }
}

function checkValue(fact: AttributeFact, raw: unknown, path: string, report: Report): void {
    const value = unwrapSecret(raw);
    if (value === undefined || value === null || isUnknown(value)) return;
    if (fact.type === "map") {
        if (typeof value !== "object" || Array.isArray(value)) report(path, `expected a map, found ${JSON.stringify(value)}`);
        return;
    }
    if (fact.type !== "list" && fact.type !== "set") {
        checkScalar(fact, value, path, report);
        return;
    }
    // A block of at most one item is an object in @pulumi/auth0; anything else a list.
    const items = fact.maxItems === 1 && fact.attributes !== undefined && !Array.isArray(value) ? [value] : value;
    if (!Array.isArray(items)) {
        report(path, `expected a list, found ${JSON.stringify(value)}`);
        return;
    }
    if (fact.maxItems !== undefined && items.length > fact.maxItems) report(path, `${items.length} items, at most ${fact.maxItems} allowed`);
    items.forEach((item, i) => {
        const at = fact.maxItems === 1 && !Array.isArray(value) ? path : `${path}[${i}]`;
        if (fact.attributes !== undefined) checkBlock(fact.attributes, item, at, report);
        else if (!isUnknown(item) && fact.elements !== undefined) checkRules(fact.elements, unwrapSecret(item), at, report);
    });
}

function checkBlock(attributes: readonly AttributeFact[], raw: unknown, path: string, report: Report): void {
    const block = unwrapSecret(raw);
    if (isUnknown(block)) return;
    if (typeof block !== "object" || block === null || Array.isArray(block)) {
        report(path, `expected an object, found ${JSON.stringify(block)}`);
        return;
    }
    const values = block as Record<string, unknown>;
    const at = (name: string) => (path === "" ? name : `${path}.${name}`);
    const set = (name: string) => values[name] !== undefined && values[name] !== null;
    const byTerraform = new Map(attributes.map((a) => [a.terraform, a]));
    for (const [name, value] of Object.entries(values)) {
        const fact = attributes.find((a) => a.name === name);
        if (fact === undefined) report(at(name), "is no attribute of this resource in the provider");
        else if (fact.mode === "computed") report(at(name), "is computed by the provider and cannot be set");
        else checkValue(fact, value, at(name), report);
    }
    for (const fact of attributes) {
        if (fact.mode === "required" && !set(fact.name)) report(at(fact.name), "is required");
        if (!set(fact.name)) continue;
        for (const other of fact.conflictsWith ?? []) {
            const sibling = byTerraform.get(other.split(".").pop()!);
            if (sibling !== undefined && set(sibling.name)) report(at(fact.name), `cannot be set together with ${sibling.name}`);
        }
        const limit = fact.atMost === undefined ? undefined : values[fact.atMost];
        const own = values[fact.name];
        if (typeof limit === "number" && typeof own === "number" && own > limit) report(at(fact.name), `${own} exceeds ${fact.atMost} (${limit})`);
    }
}

/** Violations of the contract in one registered resource; a type the contract does not cover is one too. */
export function contractViolations(resource: Pick<RegisteredResource, "urn" | "type" | "inputs" | "custom">): ContractViolation[] {
    if (!resource.custom) return [];
    const contract = resourceContract(resource.type);
    if (contract === undefined) return [{ urn: resource.urn, path: "", message: `${resource.type} is not in the provider contract` }];
    const violations: ContractViolation[] = [];
    checkBlock(contract.attributes, resource.inputs, "", (path, message) => violations.push({ urn: resource.urn, path, message }));
    return violations;
}
