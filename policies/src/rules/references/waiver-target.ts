import type { Waiver } from "../../model";
import { pathSegments } from "../../path";

/** The key a waiver's target names in a section (`apis.catalog.x` -> catalog for "apis"), if any. */
export function waiverTargetKey(waiver: Pick<Waiver, "target">, section: "apis" | "apps"): string | undefined {
    const [first, key] = pathSegments(waiver.target);
    return first === section && key !== undefined && key !== "" ? key : undefined;
}
