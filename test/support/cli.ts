// The `topology` command line run in-process through main(), with its output captured.
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
