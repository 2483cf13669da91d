// The stack the pack runs for. The engine sends ConfigureStack (stack, project, and the stack's
// config) before analysing; policy SDK 1.21 keeps only its tags, so analyzer-hooks.ts hands each
// request here on its way in. Secret config values are never kept.
import type { StackContext } from "./environment";

export interface StackConfigureRequest {
    getStack(): string;
    getConfigMap(): { entries(): Iterable<[string, string]> };
    getConfigSecretKeysList(): string[];
}

let context: StackContext = { config: {} };

export function stackContext(): StackContext {
    return context;
}

export function recordStackConfigure(request: StackConfigureRequest): void {
    const secret = new Set(request.getConfigSecretKeysList());
    const config = Object.fromEntries([...request.getConfigMap().entries()].filter(([key]) => !secret.has(key)));
    context = request.getStack() === "" ? { config } : { stack: request.getStack(), config };
}
