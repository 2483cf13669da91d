// Catalog section E: tokens and refresh tokens.
import type { Rule } from "../../rule";
import { offlineAccessDisabled } from "./offline-access-disabled";
import { refreshTokenRotation } from "./refresh-token-rotation";
import { signingAlgHs256 } from "./signing-alg-hs256";
import { tokenLifetimeLong } from "./token-lifetime-long";
import { tokenLifetimeRange } from "./token-lifetime-range";

export const tokenRules: readonly Rule[] = [tokenLifetimeRange, tokenLifetimeLong, refreshTokenRotation, offlineAccessDisabled, signingAlgHs256];
