"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PropReader = void 0;
// Validating reads of resource properties. A resource from an arbitrary stack may lack a property,
// hold the wrong type, or hold a value unknown during preview: each read says which, records a
// diagnostic naming the resource and the property, and falls back to a stated value, so a
// malformed stack yields messages instead of a crash and no value is guessed silently.
const resource_1 = require("./resource");
function describe(value) {
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "a list";
    return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`;
}
class PropReader {
    resource;
    diagnostics;
    values;
    prefix;
    constructor(resource, diagnostics, values = resource.props, prefix = "") {
        this.resource = resource;
        this.diagnostics = diagnostics;
        this.values = values;
        this.prefix = prefix;
    }
    /** Records a diagnostic about this resource. */
    report(message) {
        this.diagnostics.push({ urn: this.resource.urn, message: `${this.resource.type} '${this.resource.name}': ${message}` });
    }
    where(name) {
        return `${this.prefix}${name}`;
    }
    /** A primitive as written, UNKNOWN, or undefined when absent or of the wrong type (reported). */
    value(name, type) {
        const value = this.values[name];
        if (value === undefined || value === null || value === resource_1.UNKNOWN)
            return value === resource_1.UNKNOWN ? resource_1.UNKNOWN : undefined;
        if (typeof value === type)
            return value;
        this.report(`${this.where(name)} must be a ${type}, not ${describe(value)}`);
        return undefined;
    }
    /** A primitive, or `fallback` when absent; an unknown value is reported and read as `fallback`. */
    get(name, type, fallback) {
        const value = this.value(name, type);
        if (value === resource_1.UNKNOWN)
            this.report(`${this.where(name)} is not known during preview; checked as ${JSON.stringify(fallback)}`);
        return value === undefined || value === resource_1.UNKNOWN ? fallback : value;
    }
    /** A required string: absent, wrong or unknown values are reported and give undefined. */
    required(name) {
        const value = this.value(name, "string");
        if (value === undefined && this.values[name] === undefined)
            this.report(`${this.where(name)} is missing`);
        if (value === resource_1.UNKNOWN)
            this.report(`${this.where(name)} is not known during preview`);
        return value === resource_1.UNKNOWN ? undefined : value;
    }
    /** A list of strings; unknown elements (or an unknown list) are reported and left out. */
    strings(name, fallback = []) {
        const list = this.list(name);
        if (list === undefined)
            return fallback;
        const strings = [];
        list.forEach((item, index) => {
            if (typeof item === "string")
                strings.push(item);
            else if (item === resource_1.UNKNOWN)
                this.report(`${this.where(name)}[${index}] is not known during preview; not checked`);
            else
                this.report(`${this.where(name)}[${index}] must be a string, not ${describe(item)}`);
        });
        return strings;
    }
    /** A nested object as a reader of its own, or undefined when absent, unknown or malformed (reported). */
    object(name) {
        return this.asObject(this.values[name], this.where(name));
    }
    /** A list of objects; malformed or unknown elements are reported and left out. */
    objects(name) {
        return (this.list(name) ?? []).flatMap((item, index) => this.asObject(item, `${this.where(name)}[${index}]`) ?? []);
    }
    list(name) {
        const value = this.values[name];
        if (value === undefined || value === null)
            return undefined;
        if (value === resource_1.UNKNOWN) {
            this.report(`${this.where(name)} is not known during preview; not checked`);
            return undefined;
        }
        if (Array.isArray(value))
            return value;
        this.report(`${this.where(name)} must be a list, not ${describe(value)}`);
        return undefined;
    }
    asObject(value, where) {
        if (value === undefined || value === null)
            return undefined;
        if (value === resource_1.UNKNOWN) {
            this.report(`${where} is not known during preview; not checked`);
            return undefined;
        }
        if (typeof value === "object" && !Array.isArray(value)) {
            return new PropReader(this.resource, this.diagnostics, value, `${where}.`);
        }
        this.report(`${where} must be an object, not ${describe(value)}`);
        return undefined;
    }
}
exports.PropReader = PropReader;
//# sourceMappingURL=props.js.map