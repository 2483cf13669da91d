// The `topology` command line run in-process through main(), with its output captured, and what a
// hostile input must end in.
import { main } from "../../topology/cli/main";

export interface CliRun {
    code: number;
    stdout: string;
    stderr: string;
}

export async function runCli(...argv: string[]): Promise<CliRun> {
    const out: string[] = [];
    const err: string[] = [];
    const stdout = jest.spyOn(process.stdout, "write").mockImplementation((chunk) => out.push(String(chunk)) > 0);
    const stderr = jest.spyOn(process.stderr, "write").mockImplementation((chunk) => err.push(String(chunk)) > 0);
    try {
        return { code: await main(argv), stdout: out.join(""), stderr: err.join("") };
    } finally {
        stdout.mockRestore();
        stderr.mockRestore();
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
