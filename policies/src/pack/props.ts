// Validating reads of resource properties. A resource from an arbitrary stack may lack a property,
// hold the wrong type, or hold a value unknown during preview: each read says which, records a
// diagnostic naming the resource and the property, and falls back to a stated value, so a
// malformed stack yields messages instead of a crash and no value is guessed silently.
//
// An unknown optional value is read as absent, silently: at `pulumi preview` the engine sends
// planned outputs, where every property a program leaves to the provider is unknown, and the
// provider fills it with Auth0's default, the very value the pack falls back to. Unknowns that
// decide what is checked (a required identifier, a list element, a link) are still reported.
import { UNKNOWN, type PackResource, type Unknown } from "./resource";

/** Something the pack could not read as written; reported on the resource's URN. */
export interface Diagnostic {
    urn: string;
    message: string;
}

type Primitive = "string" | "boolean" | "number";
type TypeOf<P extends Primitive> = P extends "string" ? string : P extends "boolean" ? boolean : number;

function describe(value: unknown): string {
    if (value === null) return "null";
    if (Array.isArray(value)) return "a list";
    return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`;
}

/** A property, or an element of a list property: `scopes[3]`. */
const spelled = (name: string, index?: number) => (index === undefined ? name : `${name}[${index}]`);

export class PropReader {
    /** A nested reader is `parent.name` or `parent.name[index]`, spelled only for a message. */
    constructor(
        private readonly resource: PackResource,
        private readonly diagnostics: Diagnostic[],
        private readonly values: Record<string, unknown> = resource.props,
        private readonly parent?: PropReader,
        private readonly name?: string,
        private readonly index?: number,
    ) {}

    /** Records a diagnostic about this resource. */
    report(message: string): void {
        this.diagnostics.push({ urn: this.resource.urn, message: `${this.resource.type} '${this.resource.name}': ${message}` });
    }

    private where(name: string): string {
        return `${this.prefix()}${name}`;
    }

    private prefix(): string {
        if (this.parent === undefined) return "";
        return `${this.parent.where(spelled(this.name!, this.index))}.`;
    }

    /** A primitive as written, UNKNOWN, or undefined when absent or of the wrong type (reported). */
    value<P extends Primitive>(name: string, type: P): TypeOf<P> | Unknown | undefined {
        const value = this.values[name];
        if (value === undefined || value === null || value === UNKNOWN) return value === UNKNOWN ? UNKNOWN : undefined;
        if (typeof value === type) return value as TypeOf<P>;
        this.report(`${this.where(name)} must be a ${type}, not ${describe(value)}`);
        return undefined;
    }

    /** A primitive, or `fallback` (Auth0's default) when absent or unknown. */
    get<P extends Primitive>(name: string, type: P, fallback: TypeOf<P>): TypeOf<P> {
        const value = this.value(name, type);
        return value === undefined || value === UNKNOWN ? fallback : value;
    }

    /** A required string: absent, wrong or unknown values are reported and give undefined. */
    required(name: string): string | undefined {
        const value = this.value(name, "string");
        if (value === undefined && this.values[name] === undefined) this.report(`${this.where(name)} is missing`);
        if (value === UNKNOWN) this.report(`${this.where(name)} is not known during preview`);
        return value === UNKNOWN ? undefined : value;
    }

    /** A list of strings (`fallback` when absent or unknown); unknown elements are reported and left out. */
    strings(name: string, fallback: string[] = []): string[] {
        const list = this.list(name);
        if (list === undefined) return fallback;
        const strings: string[] = [];
        const unknown: number[] = [];
        const wrong: number[] = [];
        list.forEach((item, index) => {
            if (typeof item === "string") strings.push(item);
            else (item === UNKNOWN ? unknown : wrong).push(index);
        });
        // One line per list, however many elements: a hostile list must not flood the output.
        const which = (indexes: number[]) => (indexes.length === 1 ? `${this.where(name)}[${indexes[0]}]` : `${indexes.length} elements of ${this.where(name)} (from [${indexes[0]}])`);
        if (unknown.length > 0) this.report(`${which(unknown)} ${unknown.length === 1 ? "is" : "are"} not known during preview; not checked`);
        if (wrong.length > 0) this.report(`${which(wrong)} must be ${wrong.length === 1 ? "a string" : "strings"}, not ${describe(list[wrong[0]!])}`);
        return strings;
    }

    /** A nested object as a reader of its own, or undefined when absent, unknown or malformed (reported). */
    object(name: string): PropReader | undefined {
        return this.asObject(this.values[name], name);
    }

    /** A list of objects (none when absent or unknown); malformed or unknown elements are reported and left out. */
    objects(name: string): PropReader[] {
        const readers: PropReader[] = [];
        const list = this.list(name) ?? [];
        for (let index = 0; index < list.length; index++) {
            const reader = this.asObject(list[index], name, index);
            if (reader !== undefined) readers.push(reader);
        }
        return readers;
    }

    private list(name: string): unknown[] | undefined {
        const value = this.values[name];
        if (value === undefined || value === null || value === UNKNOWN) return undefined;
        if (Array.isArray(value)) return value;
        this.report(`${this.where(name)} must be a list, not ${describe(value)}`);
        return undefined;
    }

    private asObject(value: unknown, name: string, index?: number): PropReader | undefined {
        if (value === undefined || value === null || value === UNKNOWN) return undefined;
        if (typeof value === "object" && !Array.isArray(value)) {
            return new PropReader(this.resource, this.diagnostics, value as Record<string, unknown>, this, name, index);
        }
        this.report(`${this.where(spelled(name, index))} must be an object, not ${describe(value)}`);
        return undefined;
    }
}
