// Section H: audience design (one audience per access token).
import type { Rule } from "../../rule";
import { audienceSprawl } from "./audience-sprawl";
import { mrrtConstraints } from "./mrrt-constraints";
import { multiAudienceApp } from "./multi-audience-app";

export const audienceRules: readonly Rule[] = [multiAudienceApp, audienceSprawl, mrrtConstraints];
