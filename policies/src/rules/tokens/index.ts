// Catalog section E: tokens and refresh tokens.
import type { Rule } from "../../rule";
import { offlineAccessDisabled } from "./offline-access-disabled";
import { refreshTokenLifetimes } from "./refresh-token-lifetimes";
import { refreshTokenRotation } from "./refresh-token-rotation";
import { signingAlgHs256 } from "./signing-alg-hs256";
import { tokenLifetimeLong } from "./token-lifetime-long";
import { tokenLifetimeRange } from "./token-lifetime-range";

export const tokenRules: readonly Rule[] = [tokenLifetimeRange, tokenLifetimeLong, refreshTokenRotation, refreshTokenLifetimes, offlineAccessDisabled, signingAlgHs256];
