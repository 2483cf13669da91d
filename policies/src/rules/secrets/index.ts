// Section J: secrets.
import type { Rule } from "../../rule";
import { secretInTopology } from "./secret-in-topology";

export const secretRules: readonly Rule[] = [secretInTopology];
