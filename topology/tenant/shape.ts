// The one normalised shape every tenant source is read into: Management API objects under their
// Management API field names (GET /api/v2/clients, /resource-servers, /client-grants, /roles and
// /roles/{id}/permissions), each with where it was read. deploy-cli exports reference clients by
// name and carry no ids; the readers keep what the source has and the adoption resolves the rest.
// Only the fields the project reads are typed; every other field stays on the object, untouched.
import * as z from "zod";

const strings = z.array(z.string());

export const ClientShape = z.looseObject({
    client_id: z.string().optional(),
    name: z.string(),
    description: z.string().optional(),
    app_type: z.string().optional(),
    global: z.boolean().optional(),
    is_first_party: z.boolean().optional(),
    third_party_security_mode: z.string().optional(),
    oidc_conformant: z.boolean().optional(),
    grant_types: strings.optional(),
    token_endpoint_auth_method: z.string().nullable().optional(),
    client_authentication_methods: z.looseObject({}).nullable().optional(),
    callbacks: strings.optional(),
    allowed_logout_urls: strings.optional(),
    web_origins: strings.optional(),
    allowed_origins: strings.optional(),
    jwt_configuration: z.looseObject({ alg: z.string().optional() }).optional(),
    refresh_token: z
        .looseObject({
            rotation_type: z.string().optional(),
            expiration_type: z.string().optional(),
            token_lifetime: z.number().optional(),
            idle_token_lifetime: z.number().optional(),
            infinite_token_lifetime: z.boolean().optional(),
            infinite_idle_token_lifetime: z.boolean().optional(),
            policies: z.array(z.looseObject({ audience: z.string(), scope: strings.optional() })).optional(),
        })
        .nullable()
        .optional(),
    resource_server_identifier: z.string().optional(),
});

const Policy = z.looseObject({ policy: z.string() });

export const ResourceServerShape = z.looseObject({
    id: z.string().optional(),
    name: z.string().optional(),
    identifier: z.string(),
    is_system: z.boolean().optional(),
    scopes: z.array(z.looseObject({ value: z.string(), description: z.string().optional() })).optional(),
    signing_alg: z.string().optional(),
    token_lifetime: z.number().optional(),
    token_lifetime_for_web: z.number().optional(),
    allow_offline_access: z.boolean().optional(),
    enforce_policies: z.boolean().optional(),
    token_dialect: z.string().optional(),
    skip_consent_for_verifiable_first_party_clients: z.boolean().optional(),
    subject_type_authorization: z.looseObject({ user: Policy.optional(), client: Policy.optional() }).optional(),
});

export const ClientGrantShape = z.looseObject({
    id: z.string().optional(),
    /** A client id in the Management API; a client *name* in deploy-cli exports. */
    client_id: z.string().optional(),
    audience: z.string(),
    /** Absent when allow_all_scopes is true. */
    scope: strings.optional(),
    subject_type: z.enum(["user", "client"]).optional(),
    allow_all_scopes: z.boolean().optional(),
    default_for: z.string().optional(),
    is_system: z.boolean().optional(),
});

export const PermissionShape = z.looseObject({ permission_name: z.string(), resource_server_identifier: z.string() });

export const RoleShape = z.looseObject({
    id: z.string().optional(),
    name: z.string(),
    description: z.string().optional(),
    permissions: z.array(PermissionShape).optional(),
});

export type TenantClient = z.infer<typeof ClientShape>;
export type TenantResourceServer = z.infer<typeof ResourceServerShape>;
export type TenantClientGrant = z.infer<typeof ClientGrantShape>;
export type TenantRole = z.infer<typeof RoleShape>;

/** Where an object was read: a file and a position in it, or the Management API request that returned it. */
export interface Origin {
    file: string;
    line?: number;
    column?: number;
}

export interface Read<T> {
    value: T;
    at: Origin;
}

export type SourceFormat = "deploy-cli-yaml" | "deploy-cli-directory" | "management-api-dump" | "live";

/** A tenant as one source describes it. */
export interface TenantSnapshot {
    format: SourceFormat;
    /** What was read (a file, a directory, https://<domain>). */
    location: string;
    /** The tenant domain when the source says it (the dump's Management API, the deploy config, the live domain). */
    domain?: string;
    /** The client the exporting tool authenticated with (deploy config AUTH0_CLIENT_ID, the live credentials). */
    exporterClientId?: string;
    /** deploy-cli keyword -> topology variable name, for the keywords the source uses. */
    keywords: Record<string, string>;
    /** Topology variable values known for this tenant (from the deploy config). */
    vars: Record<string, string>;
    clients: Read<TenantClient>[];
    resourceServers: Read<TenantResourceServer>[];
    grants: Read<TenantClientGrant>[];
    roles: Read<TenantRole>[];
    /** What the reader noticed about the source itself (an array keyword with no value, sections ignored). */
    notes: string[];
}
