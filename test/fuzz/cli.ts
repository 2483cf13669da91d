// Runs the `topology` CLI in-process and captures what it prints.
import { main } from "../../topology/cli/main";

export interface CliRun {
    code: number;
    stdout: string;
    stderr: string;
}

export async function runCli(args: readonly string[]): Promise<CliRun> {
    let stdout = "";
    let stderr = "";
    const out = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => ((stdout += chunk.toString()), true));
    const err = jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => ((stderr += chunk.toString()), true));
    try {
        const code = await main(args);
        return { code, stdout, stderr };
    } finally {
        out.mockRestore();
        err.mockRestore();
    }
}

interface JsonFinding {
    rule: string;
    severity: string;
    message: string;
    line: number | null;
}

/** The findings of `check --format json`. */
export function jsonFindings(run: CliRun): JsonFinding[] {
    return (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
}

/**
 * What every hostile input must end in: exit 1 with error findings that each carry a line, or exit 2
 * with one sentence on stderr. Never a stack trace.
 */
export function expectClearRejection(run: CliRun): void {
    expect(run.stderr).not.toMatch(/\n\s+at /);
    if (run.code === 2) {
        expect(run.stderr.trim().split("\n")).toHaveLength(1);
        return;
    }
    expect(run.code).toBe(1);
    const errors = jsonFindings(run).filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    for (const f of errors) {
        expect(f.line).toBeGreaterThanOrEqual(1);
        expect(f.message.length).toBeGreaterThan(0);
    }
}
