"use strict";
// The plain shape of a Pulumi resource that the pack reads, whatever produced it: the policy SDK
// (policy-resource.ts adapts PolicyResource), the program run under mocks, or a test.
Object.defineProperty(exports, "__esModule", { value: true });
exports.UNKNOWN = void 0;
exports.formerNames = formerNames;
/** A value Pulumi cannot know yet (preview: for example the client_id of a client still to be created). */
exports.UNKNOWN = Symbol("unknown value");
/** The names a resource had before a rename, from its alias URNs (`...::<type>::<name>`). */
function formerNames(resource) {
    const names = (resource.aliases ?? []).map((urn) => urn.slice(urn.lastIndexOf("::") + 2));
    return [...new Set(names)].filter((name) => name !== resource.name);
}
//# sourceMappingURL=resource.js.map