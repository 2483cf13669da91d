// The shipped GitHub workflow, read as data and its scripts run in bash with hostile values: a
// pull request controls file names (hence stack names) and its base branch name, and none of them
// may become a command. Also checks the hardening the workflow's header promises.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parse } from "yaml";

interface Step {
    name?: string;
    uses?: string;
    run?: string;
    env?: Record<string, string>;
}
interface Job {
    if?: string;
    permissions?: Record<string, string>;
    steps: Step[];
}
const WORKFLOW = parse(fs.readFileSync(path.join(__dirname, "../../.github/workflows/topology.yml"), "utf8")) as { permissions: unknown; jobs: Record<string, Job> };
const JOBS = Object.entries(WORKFLOW.jobs);
const scripts = JOBS.flatMap(([job, { steps }]) => steps.filter((s) => s.run !== undefined).map((step) => ({ job, step })));

const HOSTILE_STACK = 'x"; touch PWNED; "';
const HOSTILE_BRANCH = "main$(touch PWNED)`touch PWNED`";
/** What GitHub would substitute for each expression in `env:` (the only place expressions may be). */
const EXPRESSIONS: Record<string, string> = {
    "matrix.stack": HOSTILE_STACK,
    "needs.stacks.outputs.stacks": JSON.stringify(["dev", HOSTILE_STACK]),
    "github.base_ref": HOSTILE_BRANCH,
    "steps.check.outputs.status": "0",
    "vars.PULUMI_ORG": "org$(touch PWNED)",
};
const substitute = (value: string) =>
    value.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_all, expression: string) => (expression.startsWith("secrets.") ? "a-secret-value" : EXPRESSIONS[expression] ?? ""));

let dir: string;
beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "workflow-"));
    fs.mkdirSync(path.join(dir, "bin"));
    // npm and pulumi record their arguments, one per line after a marker, and do nothing else.
    for (const tool of ["npm", "pulumi"]) {
        fs.writeFileSync(path.join(dir, "bin", tool), `#!/usr/bin/env bash\n{ echo "--- ${tool}"; printf '%s\\n' "$@"; } >> "${dir}/calls.log"\n`, { mode: 0o755 });
    }
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs a step's script as GitHub does (bash -eo pipefail), in `dir/work`. */
function runStep(step: Step): string {
    const work = path.join(dir, "work");
    fs.mkdirSync(work, { recursive: true });
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, substitute(String(v))]));
    const script = path.join(dir, "step.sh");
    // GitHub pastes expressions into the script text before bash runs it.
    fs.writeFileSync(script, substitute(step.run as string));
    execFileSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], {
        cwd: work,
        env: { PATH: `${path.join(dir, "bin")}:${process.env.PATH}`, HOME: dir, GITHUB_OUTPUT: path.join(dir, "output"), GITHUB_STEP_SUMMARY: path.join(dir, "summary"), ...env },
        stdio: "pipe",
    });
    return fs.existsSync(path.join(dir, "calls.log")) ? fs.readFileSync(path.join(dir, "calls.log"), "utf8") : "";
}

const pwned = () => fs.existsSync(path.join(dir, "work", "PWNED")) || fs.existsSync(path.join(dir, "PWNED"));

it.each(scripts.map(({ job, step }) => [`${job}: ${step.name ?? step.run?.split("\n")[0]}`, step]))("%s: no ${{ }} expression inside the script", (_name, step) => {
    expect(step.run).not.toMatch(/\$\{\{/);
});

it.each(scripts.filter(({ step }) => !/^One stack per/.test(step.name ?? "")).map(({ job, step }) => [`${job}: ${step.name ?? step.run?.split("\n")[0]}`, step]))(
    "%s: hostile stack and branch names stay data",
    (_name, step) => {
        const calls = runStep(step);
        expect(pwned()).toBe(false);
        if (/--stack/.test(step.run as string)) expect(calls.split("\n")).toContain(/pulumi preview/.test(step.run as string) ? `org$(touch PWNED)/${HOSTILE_STACK}` : HOSTILE_STACK);
        if (/--base/.test(step.run as string)) expect(calls.split("\n")).toContain(`origin/${HOSTILE_BRANCH}`);
    },
);

it("keeps the whole diff of each stack as JSON beside the comment, in the artifact", () => {
    const step = WORKFLOW.jobs.diff.steps.find((s) => /topology diff/.test(s.name ?? "")) as Step;
    runStep(step);
    expect(fs.readdirSync(path.join(dir, "work", "topology-diff")).sort()).toEqual([`${HOSTILE_STACK}.json`, "dev.json"].sort());
    const upload = WORKFLOW.jobs.diff.steps.find((s) => /upload-artifact/.test(s.uses ?? "")) as Step & { with: { path: string } };
    expect(upload.with.path.split("\n").filter(Boolean)).toEqual(["topology-diff.md", "topology-diff/"]);
});

it("lists only file names that are valid stack names, without running any of them", () => {
    const step = WORKFLOW.jobs.stacks.steps.find((s) => s.run !== undefined) as Step;
    const work = path.join(dir, "work");
    fs.mkdirSync(work);
    for (const name of ["dev", "prod.eu", HOSTILE_STACK, "$(touch PWNED)", "a\nb", "`touch PWNED`"]) fs.writeFileSync(path.join(work, `Pulumi.${name}.yaml`), "config: {}\n");
    runStep(step);
    expect(pwned()).toBe(false);
    expect(fs.readFileSync(path.join(dir, "output"), "utf8")).toBe('stacks=["dev","prod.eu"]\n');
});

describe("hardening", () => {
    it("grants no permission by default and each job only what it needs", () => {
        expect(WORKFLOW.permissions).toEqual({});
        for (const [name, job] of JOBS) {
            expect([name, job.permissions]).toEqual([name, expect.any(Object)]);
            const writes = Object.entries(job.permissions ?? {}).filter(([, level]) => level === "write");
            // A job that may write runs none of the pull request's code: no scripts, no checkout.
            if (writes.length > 0) expect([name, job.steps.filter((s) => s.run !== undefined || /checkout|setup-node/.test(s.uses ?? ""))]).toEqual([name, []]);
        }
    });

    it("hands secrets to one step only, in a job that never runs for forks", () => {
        const holders = JOBS.flatMap(([name, job]) => job.steps.filter((s) => JSON.stringify(s).includes("secrets.")).map(() => name));
        expect(holders).toEqual(["preview"]);
        expect(WORKFLOW.jobs.preview.if).toContain("github.event.pull_request.head.repo.full_name == github.repository");
        expect(JSON.stringify({ ...WORKFLOW.jobs.preview, steps: [] })).not.toContain("secrets.");
    });

    it("pins every action to the full commit of a release, named beside it", () => {
        const text = fs.readFileSync(path.join(__dirname, "../../.github/workflows/topology.yml"), "utf8");
        const uses = JOBS.flatMap(([, job]) => job.steps.flatMap((s) => (s.uses === undefined ? [] : [s.uses])));
        expect(uses.length).toBeGreaterThan(5);
        for (const action of uses) expect(action).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        for (const line of text.split("\n").filter((l) => /^\s*(- )?uses:/.test(l))) expect(line).toMatch(/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    });

    it("does not leave the token in the checkout for later steps", () => {
        for (const [, job] of JOBS) for (const step of job.steps.filter((s) => /actions\/checkout/.test(s.uses ?? ""))) expect(step).toMatchObject({ with: { "persist-credentials": false } });
    });
});
