// `topology import` as a function: a tenant snapshot in; the topology, its stack settings and the
// report of what was adopted, skipped, flagged and what the first `pulumi up` changes, out.
import { stringify } from "yaml";
import type { Environment, TenantModel } from "../../policies/src/model";
import { diffModels } from "../diff/diff";
import type { Change } from "../diff/changeset";
import { CONFIG_NAMESPACE } from "../stack";
import type { TopologyInput } from "../schema";
import { adopt, type Adoption, type Note } from "./adopt";
import { designOf } from "./design";
import type { TenantSnapshot } from "./shape";
import { designModel, tenantModel } from "./tenant-model";
import { own } from "../../policies/src/own";

export interface ImportPlan {
    adoption: Adoption;
    topology: TopologyInput;
    /** The tenant as it is, and as the design deploys it. */
    tenant: TenantModel;
    design: TenantModel;
    notes: Note[];
    /** What the first `pulumi up` changes, field by field, with diff's risk labels. */
    changes: Change[];
    /** Variables the topology uses, with the value the source gives (undefined: unknown). */
    variables: Record<string, string | undefined>;
}

const VARIABLE = /\$\{([^}]*)\}/g;

function variablesOf(value: unknown, out: Set<string>): Set<string> {
    if (typeof value === "string") for (const m of value.matchAll(VARIABLE)) out.add(m[1]!);
    else if (Array.isArray(value)) value.forEach((v) => variablesOf(v, out));
    else if (value !== null && typeof value === "object") Object.values(value).forEach((v) => variablesOf(v, out));
    return out;
}

export function planImport(snapshot: TenantSnapshot, options: { environment: Environment }): ImportPlan {
    const adoption = adopt(snapshot);
    const { topology, notes } = designOf(adoption);
    const design = designModel(adoption, topology, options);
    const tenant = tenantModel(adoption, design);
    // Grants the topology cannot express stay in the tenant untouched: not a change of pulumi up.
    const managed = { ...tenant, grants: tenant.grants.filter((g) => adoption.grants.some((a) => a.expressible && a.client.key === g.client && a.api === g.api && a.subjectType === g.subjectType)) };
    const changes = diffModels({ base: managed, head: design }).changes;
    const variables = Object.fromEntries([...variablesOf(topology, new Set())].sort().map((name) => [name, own(snapshot.vars, name)]));
    return { adoption, topology, tenant, design, notes: [...adoption.notes, ...notes], changes, variables };
}

const HEADER = (location: string) =>
    `# Imported by \`topology import\` from ${location}.\n# Review it with \`topology check\`; adopt the tenant with \`pulumi import --file\` before the first \`pulumi up\`.\n`;

export function topologyYaml(plan: ImportPlan): string {
    return HEADER(plan.adoption.snapshot.location) + stringify(plan.topology, { lineWidth: 0 });
}

/** Pulumi.<stack>.yaml: the tenant domain, the environment and the variables' values. */
export function stackYaml(plan: ImportPlan, environment: Environment): string {
    const config: Record<string, unknown> = {};
    if (plan.adoption.domain !== undefined) config["auth0:domain"] = plan.adoption.domain;
    config[`${CONFIG_NAMESPACE}:environment`] = environment;
    const vars = Object.fromEntries(Object.entries(plan.variables).map(([name, value]) => [name, value ?? ""]));
    if (Object.keys(vars).length > 0) config[`${CONFIG_NAMESPACE}:vars`] = vars;
    const unknown = Object.entries(plan.variables).filter(([, v]) => v === undefined).map(([name]) => name);
    const todo = unknown.length === 0 ? "" : `# Set these variables (the source gave no value): ${unknown.join(", ")}\n`;
    return `# Written by \`topology import\`. Credentials go in as secrets: pulumi config set --secret auth0:clientSecret ...\n${todo}${stringify({ config })}`;
}
