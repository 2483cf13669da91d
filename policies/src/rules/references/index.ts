// Section A: references (the topology must point at things that exist), and the loader's own ids.
import type { Rule } from "../../rule";
import { duplicateIdentifier } from "./duplicate-identifier";
import { duplicateName } from "./duplicate-name";
import { duplicateRoleName } from "./duplicate-role-name";
import { formerlyConflict } from "./formerly-conflict";
import { schema, undefinedVariable, yamlSyntax } from "./loader";
import { lookalikeText } from "./lookalike-text";
import { unknownApi } from "./unknown-api";
import { unknownApp } from "./unknown-app";
import { unknownScope } from "./unknown-scope";

export const referenceRules: readonly Rule[] = [
    unknownApi,
    unknownScope,
    unknownApp,
    duplicateIdentifier,
    duplicateName,
    duplicateRoleName,
    formerlyConflict,
    undefinedVariable,
    lookalikeText,
    schema,
    yamlSyntax,
];
