//! What Valuekeep's identity service lets iamctl do, as data (see
//! `backend::capabilities`).

use crate::backend::capabilities::{AttrValue, Attribute, Capabilities, SortField, Status};

const PATCH: &[&str] = &[
    "--name",
    "--active",
    "--inactive",
    "--photo-url",
    "--email",
    "--technician",
    "--not-technician",
    "--status",
    "--last-login",
    "--user-key",
    "--json",
];

/// Bulk lifecycle: where the users come from and where results go.
const LIFECYCLE: &[&str] = &[
    "--from",
    "--column",
    "--results",
    "--resume",
    "--concurrency",
];

pub static CAPS: Capabilities = Capabilities {
    platform: "Valuekeep",
    commands: &[
        (
            "users list",
            &[
                "--search",
                "--status",
                "--sort",
                "--filter",
                "--last-login-before",
                "--never-logged-in",
                "--without-roles",
                "--invited-before",
                "--limit",
                "--all",
            ],
        ),
        ("users access", &[]),
        ("access report", &["--role", "--group"]),
        ("access holders", &[]),
        (
            "diff",
            &["--from", "--plan", "--prune", "--detailed-exitcode"],
        ),
        ("users count", &["--search", "--status"]),
        ("users copy-access", &[]),
        ("users lifecycle deactivate", LIFECYCLE),
        ("users lifecycle reactivate", LIFECYCLE),
        ("users lifecycle delete", LIFECYCLE),
        ("users lifecycle set", LIFECYCLE),
        ("users get", &["--by-id"]),
        (
            "users create",
            &[
                "--email",
                "--name",
                "--inactive",
                "--photo-url",
                "--role",
                "--group",
                "--user-key",
                "--technician",
                "--status",
            ],
        ),
        ("users invite", &["--email", "--name", "--role"]),
        ("users delete", &["--by-id"]),
        (
            "users import",
            &[
                "--format",
                "--results",
                "--resume",
                "--concurrency",
                "--validate-only",
            ],
        ),
        ("users export", &["--format", "--memberships"]),
        ("users set", &[]),
        ("undo", &["--force"]),
        ("users patch", PATCH),
        ("users picture", &["--file"]),
        ("users groups list", &[]),
        ("users groups add", &["--by-id"]),
        ("users groups remove", &["--by-id"]),
        ("users groups set", &["--by-id"]),
        ("users roles list", &[]),
        ("users roles add", &["--by-id"]),
        ("users roles remove", &["--by-id"]),
        ("users roles set", &["--by-id"]),
        ("groups list", &["--search"]),
        ("groups get", &[]),
        ("groups create", &["--description"]),
        ("groups delete", &[]),
        ("groups members", &[]),
        ("groups update", &["--name", "--description"]),
        ("groups set", &[]),
        ("groups add-members", &["--by-id"]),
        ("groups remove-members", &["--by-id"]),
        ("roles create", &["--key"]),
        ("roles update", &["--name"]),
        ("roles set", &[]),
        ("roles add-users", &["--by-id"]),
        ("roles remove-users", &["--by-id"]),
        ("roles list", &["--search"]),
        ("roles get", &[]),
        ("roles users", &[]),
        (
            "apply",
            &[
                "--file",
                "--prune",
                "--detailed-exitcode",
                "--concurrency",
                "--skip-changed",
                "--replan",
                "--plan-out",
            ],
        ),
        ("api", &["--data"]),
        ("profile test", &["--deep"]),
    ],
    instead: &[
        (
            "tenants get",
            "Valuekeep has no tenants: one profile is one organization",
        ),
        (
            "tenants create",
            "Valuekeep has no tenants: one profile is one organization",
        ),
        (
            "tenants update",
            "Valuekeep has no tenants: one profile is one organization",
        ),
        (
            "tenants delete",
            "Valuekeep has no tenants: one profile is one organization",
        ),
        (
            "tenants settings get",
            "Valuekeep has no tenants: one profile is one organization",
        ),
        (
            "tenants settings set",
            "Valuekeep has no tenants: one profile is one organization",
        ),
        (
            "tenants default-roles",
            "Valuekeep has no tenants: one profile is one organization",
        ),
        (
            "access-keys list",
            "Valuekeep's API clients are managed in the PRIMAVERA identity server",
        ),
        (
            "access-keys get",
            "Valuekeep's API clients are managed in the PRIMAVERA identity server",
        ),
        (
            "access-keys create",
            "Valuekeep's API clients are managed in the PRIMAVERA identity server",
        ),
        (
            "access-keys update",
            "Valuekeep's API clients are managed in the PRIMAVERA identity server",
        ),
        (
            "access-keys activate",
            "Valuekeep's API clients are managed in the PRIMAVERA identity server",
        ),
        (
            "access-keys deactivate",
            "Valuekeep's API clients are managed in the PRIMAVERA identity server",
        ),
        (
            "access-keys delete",
            "Valuekeep's API clients are managed in the PRIMAVERA identity server",
        ),
        (
            "access-keys rotate",
            "Valuekeep's API clients are managed in the PRIMAVERA identity server",
        ),
        (
            "audit search",
            "Valuekeep has no audit API; `iamctl history` lists what iamctl changed",
        ),
        (
            "users history",
            "Valuekeep's user records carry the last login: `iamctl users get USER`",
        ),
        ("sso-apps list", "Valuekeep has no SSO applications"),
        ("sso-apps get", "Valuekeep has no SSO applications"),
        (
            "permissions create",
            "Valuekeep has no permissions API; roles are set with `iamctl roles set`",
        ),
        ("permissions update", "Valuekeep has no permissions API"),
        ("permissions delete", "Valuekeep has no permissions API"),
        ("stages list", "Valuekeep has no stages, apps or portfolios"),
        ("apps list", "Valuekeep has no stages, apps or portfolios"),
        (
            "portfolios list",
            "Valuekeep has no stages, apps or portfolios",
        ),
        (
            "diff --from-stage",
            "Valuekeep has no stages: compare two tenants with `iamctl diff --from PROFILE`",
        ),
        (
            "diff --to-stage",
            "Valuekeep has no stages: compare two tenants with `iamctl diff --from PROFILE`",
        ),
        (
            "access report --app",
            "Valuekeep roles belong to the organization, not to apps: narrow the report with --role or --group",
        ),
        (
            "access report --stage",
            "Valuekeep has no stages: narrow the report with --role or --group",
        ),
        (
            "--stage",
            "Valuekeep has no stages: its groups and roles belong to the profile's tenant and organization",
        ),
        (
            "--app",
            "Valuekeep roles belong to no app: name them by key or description",
        ),
        ("--org", "Valuekeep has one kind of role: leave out --org"),
        (
            "--tenant",
            "Valuekeep's tenant is part of the profile (`iamctl profile add ... --tenant KEY`)",
        ),
        (
            "users list --role",
            "list a role's users with `iamctl roles users ROLE`",
        ),
        (
            "users list --email",
            "filter with --filter \"Email eq 'ada@example.com'\", or `iamctl users get EMAIL`",
        ),
        ("--test-users", "Valuekeep has no test users"),
        (
            "--replace",
            "`users patch` on Valuekeep changes only the fields given; nothing else is touched",
        ),
        (
            "users tenants list",
            "Valuekeep's tenant is part of the profile",
        ),
        (
            "users tenants add",
            "Valuekeep's tenant is part of the profile",
        ),
        (
            "users tenants remove",
            "Valuekeep's tenant is part of the profile",
        ),
        (
            "users logout",
            "Valuekeep's identity service has no operation that ends a user's sessions",
        ),
        (
            "groups roles list",
            "Valuekeep groups grant no roles: roles are each user's own (`iamctl users roles list USER`)",
        ),
        (
            "groups roles add",
            "Valuekeep groups grant no roles: give the role to each user (`iamctl users roles add USER ROLE`)",
        ),
        (
            "groups roles remove",
            "Valuekeep groups grant no roles: take it from each user (`iamctl users roles remove USER ROLE`)",
        ),
        (
            "groups roles set",
            "Valuekeep groups grant no roles: roles are each user's own (`iamctl users roles set USER ROLE...`)",
        ),
        (
            "--via-groups",
            "Valuekeep groups grant no roles: every role a user holds is their own",
        ),
        (
            "identity-providers list",
            "Valuekeep signs users in through the PRIMAVERA identity server; it has no identity providers to list",
        ),
        (
            "identity-providers get",
            "Valuekeep signs users in through the PRIMAVERA identity server; it has no identity providers to list",
        ),
        (
            "users list --last-login-after",
            "filter with --filter \"LastLogin ge '2026-01-01'\"",
        ),
        (
            "--has-org-roles",
            "Valuekeep has one kind of role: --without-roles lists users who hold none",
        ),
        (
            "--has-app-roles",
            "Valuekeep has one kind of role: --without-roles lists users who hold none",
        ),
        (
            "--domain",
            "filter with --filter \"endswith(Email,'@example.com')\"",
        ),
        ("tenants list", "Valuekeep's tenant is part of the profile"),
        ("roles delete", "the Valuekeep API has no role delete"),
        (
            "users password expire",
            "Valuekeep passwords are kept by the PRIMAVERA identity server",
        ),
        (
            "users password set",
            "Valuekeep passwords are kept by the PRIMAVERA identity server",
        ),
        ("users delete-test-users", "Valuekeep has no test users"),
        (
            "users sso-apps list",
            "Valuekeep users sign in through the PRIMAVERA identity server; there are no SSO apps to list",
        ),
        (
            "users sso-apps add",
            "Valuekeep users sign in through the PRIMAVERA identity server; access is given by roles (`iamctl users roles add`)",
        ),
        (
            "users sso-apps set",
            "Valuekeep users sign in through the PRIMAVERA identity server; access is given by roles (`iamctl users roles set`)",
        ),
        (
            "users sso-apps remove",
            "Valuekeep users sign in through the PRIMAVERA identity server; access is given by roles (`iamctl users roles remove`)",
        ),
        (
            "--created-after",
            "filter with --filter \"CreatedOn ge 2026-01-01T00:00:00Z\"",
        ),
        (
            "users credentials remove",
            "Valuekeep credentials are kept by the PRIMAVERA identity server",
        ),
        (
            "--created-before",
            "filter with --filter \"CreatedOn lt 2026-01-01T00:00:00Z\"",
        ),
    ],
    statuses: &[
        Status {
            name: "active",
            native: "Active",
            aliases: &["1"],
        },
        Status {
            name: "inactive",
            native: "Inactive",
            aliases: &["2"],
        },
        Status {
            name: "invited",
            native: "InvitationSent",
            aliases: &["3"],
        },
        Status {
            name: "invitation-expired",
            native: "InvitationExpired",
            aliases: &["4", "expired"],
        },
    ],
    sort_fields: &[
        SortField {
            name: "key",
            native: "UserKey",
            aliases: &["user-key"],
        },
        SortField {
            name: "name",
            native: "Name",
            aliases: &[],
        },
        SortField {
            name: "email",
            native: "Email",
            aliases: &[],
        },
        SortField {
            name: "status",
            native: "Status",
            aliases: &[],
        },
        SortField {
            name: "last-login",
            native: "LastLogin",
            aliases: &[],
        },
        SortField {
            name: "active",
            native: "IsActive",
            aliases: &[],
        },
        SortField {
            name: "technician",
            native: "IsTechnician",
            aliases: &[],
        },
        SortField {
            name: "id",
            native: "Id",
            aliases: &[],
        },
    ],
    attributes: &[
        Attribute {
            name: "name",
            aliases: &[],
            setter: Some("name"),
            field: Some("name"),
            value: AttrValue::Text,
        },
        Attribute {
            name: "email",
            aliases: &[],
            setter: Some("email"),
            field: Some("email"),
            value: AttrValue::Text,
        },
        // A user's active state is its `status` (1 Active, 2 Inactive),
        // not the record flag `isActive` every entity carries: see the
        // assumption `vk-active-is-status`.
        Attribute {
            name: "active",
            aliases: &["is-active", "enabled"],
            setter: Some("status"),
            field: Some("status"),
            value: AttrValue::BoolAsStatus {
                on: "Active",
                off: "Inactive",
            },
        },
        Attribute {
            name: "status",
            aliases: &[],
            setter: Some("status"),
            field: Some("status"),
            value: AttrValue::Status,
        },
        Attribute {
            name: "photo-url",
            aliases: &["picture", "photo"],
            setter: Some("picture"),
            field: Some("picture"),
            value: AttrValue::Text,
        },
        Attribute {
            name: "technician",
            aliases: &["is-technician"],
            setter: Some("is-technician"),
            field: Some("isTechnician"),
            value: AttrValue::Bool,
        },
        Attribute {
            name: "last-login",
            aliases: &[],
            setter: Some("last-login"),
            field: Some("lastLogin"),
            value: AttrValue::Text,
        },
        Attribute {
            name: "user-key",
            aliases: &["key"],
            setter: Some("user-key"),
            field: Some("userKey"),
            value: AttrValue::Text,
        },
        Attribute {
            name: "groups",
            aliases: &[],
            setter: Some("groups"),
            field: None,
            value: AttrValue::Text,
        },
        Attribute {
            name: "roles",
            aliases: &[],
            setter: Some("roles"),
            field: None,
            value: AttrValue::Text,
        },
    ],
    create_requires_name: true,
    scoped_references: false,
    import_columns: &[
        "email",
        "name",
        "active",
        "photoUrl",
        "groups",
        "roles",
        "userKey",
        "technician",
        "status",
    ],
};
