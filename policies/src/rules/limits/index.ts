// Section I: limits and formats.
import type { Rule } from "../../rule";
import { identifierFormat } from "./identifier-format";
import { nameFormat } from "./name-format";
import { scopeSyntax } from "./scope-syntax";
import { tenantLimits } from "./tenant-limits";

export const limitRules: readonly Rule[] = [scopeSyntax, identifierFormat, nameFormat, tenantLimits];
