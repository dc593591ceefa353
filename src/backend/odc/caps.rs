//! What ODC's identity and portfolio APIs let iamctl do, as data (see
//! `backend::capabilities`).

use crate::backend::capabilities::{AttrValue, Attribute, Capabilities, SortField, Status};

const SCOPE: &[&str] = &["--app", "--stage", "--org"];

/// Bulk lifecycle: where the users come from and where results go.
const LIFECYCLE: &[&str] = &[
    "--from",
    "--column",
    "--results",
    "--resume",
    "--concurrency",
];

pub static CAPS: Capabilities = Capabilities {
    platform: "ODC",
    commands: &[
        ("stages list", &[]),
        ("apps list", &["--stage"]),
        ("portfolios list", &[]),
        (
            "users list",
            &[
                "--search",
                "--status",
                "--sort",
                "--last-login-before",
                "--never-logged-in",
                "--without-roles",
                "--last-login-after",
                "--has-org-roles",
                "--has-app-roles",
                "--domain",
                "--stage",
                "--app",
                "--limit",
                "--all",
                "--key",
                "--portfolio",
                "--logged-in-stage",
                "--logged-in-portfolio",
                "--embed",
            ],
        ),
        ("users access", &[]),
        ("access report", &["--role", "--app", "--stage", "--group"]),
        ("access holders", &["--app", "--stage", "--org"]),
        (
            "diff",
            &[
                "--from",
                "--plan",
                "--prune",
                "--detailed-exitcode",
                "--from-stage",
                "--to-stage",
            ],
        ),
        ("roles create", &["--org"]),
        ("roles update", &["--org", "--name"]),
        ("roles delete", &["--org"]),
        ("groups update", &["--stage", "--name", "--description"]),
        ("identity-providers list", &[]),
        ("identity-providers get", &[]),
        ("users copy-access", &[]),
        ("users lifecycle deactivate", LIFECYCLE),
        ("users lifecycle reactivate", LIFECYCLE),
        ("users lifecycle delete", LIFECYCLE),
        ("users lifecycle set", LIFECYCLE),
        ("users get", &[]),
        ("users count", &["--search", "--status"]),
        (
            "users create",
            &[
                "--email",
                "--name",
                "--inactive",
                "--photo-url",
                "--builtin-idp",
            ],
        ),
        ("users invite", &["--email", "--name"]),
        ("users delete", &[]),
        (
            "users import",
            &[
                "--format",
                "--results",
                "--resume",
                "--concurrency",
                "--validate-only",
                "--app",
                "--stage",
                "--org",
            ],
        ),
        ("users export", &["--format", "--memberships"]),
        ("users set", &[]),
        ("undo", &["--force"]),
        (
            "users patch",
            &["--name", "--active", "--inactive", "--photo-url", "--json"],
        ),
        ("users groups list", &[]),
        ("users groups add", &["--stage"]),
        ("users groups remove", &["--stage"]),
        ("users groups set", &["--stage"]),
        ("users roles list", &["--org", "--via-groups"]),
        ("users roles add", SCOPE),
        ("users roles remove", SCOPE),
        ("users roles set", SCOPE),
        ("groups list", &["--search", "--stage"]),
        ("groups get", &["--stage"]),
        ("groups create", &["--stage", "--description"]),
        ("groups delete", &["--stage"]),
        ("groups members", &["--stage"]),
        ("roles list", &["--search", "--app", "--stage", "--org"]),
        ("roles get", SCOPE),
        ("roles users", SCOPE),
        ("groups roles list", &["--stage"]),
        ("groups roles add", &["--app", "--stage"]),
        ("groups roles remove", &["--app", "--stage"]),
        ("groups roles set", &["--app", "--stage"]),
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
                "--app",
                "--stage",
                "--org",
            ],
        ),
        ("groups claim-mappings list", &["--stage"]),
        ("groups claim-mappings remove", &["--stage"]),
        ("groups claim-mappings clear", &["--stage"]),
        ("roles permissions list", &["--org"]),
        ("roles permissions add", &["--org"]),
        ("roles permissions remove", &["--org"]),
        ("roles permissions set", &["--org"]),
        ("permissions list", &["--search"]),
        ("permissions get", &[]),
        ("api", &["--data"]),
        ("profile test", &["--deep"]),
    ],
    instead: &[
        (
            "tenants get",
            "ODC has no tenants; stages are the nearest thing: `iamctl stages list`",
        ),
        (
            "tenants create",
            "ODC has no tenants; stages are managed in the ODC Portal",
        ),
        (
            "tenants update",
            "ODC has no tenants; stages are managed in the ODC Portal",
        ),
        (
            "tenants delete",
            "ODC has no tenants; stages are managed in the ODC Portal",
        ),
        ("tenants settings get", "ODC has no tenants"),
        ("tenants settings set", "ODC has no tenants"),
        ("tenants default-roles", "ODC has no tenants"),
        (
            "permissions create",
            "ODC's permissions are built in: `iamctl roles permissions add ROLE PERMISSION --org` puts one in an organization role",
        ),
        ("permissions update", "ODC's permissions are built in"),
        (
            "permissions delete",
            "ODC's permissions are built in: `iamctl roles permissions remove ROLE PERMISSION --org` takes one out of an organization role",
        ),
        (
            "access-keys list",
            "ODC's API clients are managed in the ODC Portal",
        ),
        (
            "access-keys get",
            "ODC's API clients are managed in the ODC Portal",
        ),
        (
            "access-keys create",
            "ODC's API clients are managed in the ODC Portal",
        ),
        (
            "access-keys update",
            "ODC's API clients are managed in the ODC Portal",
        ),
        (
            "access-keys activate",
            "ODC's API clients are managed in the ODC Portal",
        ),
        (
            "access-keys deactivate",
            "ODC's API clients are managed in the ODC Portal",
        ),
        (
            "access-keys delete",
            "ODC's API clients are managed in the ODC Portal",
        ),
        (
            "access-keys rotate",
            "ODC's API clients are managed in the ODC Portal",
        ),
        (
            "audit search",
            "ODC's audit trail is in the ODC Portal; `iamctl history` lists what iamctl changed",
        ),
        (
            "users history",
            "ODC's user records carry the last login: `iamctl users get USER`",
        ),
        (
            "sso-apps list",
            "ODC has no SSO applications; `iamctl identity-providers list` shows where users sign in from",
        ),
        (
            "sso-apps get",
            "ODC has no SSO applications; `iamctl identity-providers get IDP`",
        ),
        (
            "users list --invited-before",
            "ODC's user records carry no invitation or creation date; list the invited users with --status invited (and --never-logged-in)",
        ),
        (
            "access report --tenant",
            "ODC has no tenants: narrow the report with --app, --stage, --group or --role",
        ),
        (
            "groups set",
            "rename a group or change its description with `iamctl groups update`",
        ),
        (
            "groups add-members",
            "ODC groups are joined user by user: `iamctl users groups add USER GROUP`",
        ),
        (
            "groups remove-members",
            "ODC groups are left user by user: `iamctl users groups remove USER GROUP`",
        ),
        (
            "roles set",
            "rename an organization role with `iamctl roles update ROLE --org --name NEW`",
        ),
        (
            "roles add-users",
            "grant roles user by user (`iamctl users roles add USER ROLE`), or to a whole group (`iamctl groups roles add`)",
        ),
        (
            "roles remove-users",
            "revoke roles user by user (`iamctl users roles remove USER ROLE`), or from a whole group (`iamctl groups roles remove`)",
        ),
        (
            "roles create --key",
            "ODC makes the key of a new role itself",
        ),
        (
            "users sso-apps list",
            "ODC users sign in through identity providers: `iamctl identity-providers list`",
        ),
        (
            "users sso-apps add",
            "ODC gives access with application roles: `iamctl users roles add USER ROLE --app APP --stage STAGE`",
        ),
        (
            "users sso-apps set",
            "ODC gives access with application roles: `iamctl users roles set USER ROLE... --app APP --stage STAGE`",
        ),
        (
            "users sso-apps remove",
            "ODC gives access with application roles: `iamctl users roles remove USER ROLE --app APP --stage STAGE`",
        ),
        (
            "--created-after",
            "ODC's user list has no creation-time filter",
        ),
        (
            "users credentials remove",
            "ODC's identity API has no credential operations; reset them in the user's identity provider",
        ),
        (
            "--created-before",
            "ODC's user list has no creation-time filter",
        ),
        (
            "--tenant",
            "ODC has no tenants: name application roles with --app and --stage, organization roles with --org",
        ),
        (
            "--by-id",
            "ODC names users, groups and roles by key (a UUID) or by name; there is no separate record id",
        ),
        (
            "--filter",
            "filter with --search and --status, order with --sort",
        ),
        (
            "users list --role",
            "list a role's holders with `iamctl roles users ROLE --app APP --stage STAGE`",
        ),
        (
            "users list --email",
            "look a user up with `iamctl users get EMAIL`, or use --search",
        ),
        ("--test-users", "ODC has no test users"),
        (
            "--replace",
            "`users patch` on ODC changes only the fields given; nothing else is touched",
        ),
        (
            "users create --role",
            "grant roles after creating: `iamctl users roles add USER ROLE --app APP --stage STAGE`",
        ),
        (
            "users create --group",
            "add to groups after creating: `iamctl users groups add USER GROUP`",
        ),
        (
            "users create --status",
            "create with --inactive, or invite with `iamctl users invite`",
        ),
        (
            "users patch --status",
            "ODC sets the status through --active/--inactive",
        ),
        (
            "users patch --email",
            "ODC's PATCH /users/{key} takes name, isActive and photoUrl only",
        ),
        ("users tenants list", "ODC has no tenants"),
        ("users tenants add", "ODC has no tenants"),
        ("users tenants remove", "ODC has no tenants"),
        (
            "users logout",
            "ODC's identity API has no operation that ends a user's sessions",
        ),
        (
            "users picture",
            "ODC keeps a photo URL: `iamctl users get USER -o json` shows photoUrl",
        ),
        (
            "attribute status",
            "on ODC, set `active true` or `active false`",
        ),
        (
            "attribute email",
            "ODC's PATCH /users/{key} takes name, isActive and photoUrl only",
        ),
        (
            "tenants list",
            "ODC has no tenants; stages are the nearest thing: `iamctl api GET /api/portfolios/v2/environments`",
        ),
        (
            "users password expire",
            "ODC passwords live in the identity provider; the built-in one sends its own reset e-mails",
        ),
        (
            "users password set",
            "ODC passwords live in the identity provider; the built-in one sends its own reset e-mails",
        ),
        ("users delete-test-users", "ODC has no test users"),
    ],
    statuses: &[
        Status {
            name: "active",
            native: "Active",
            aliases: &[],
        },
        Status {
            name: "inactive",
            native: "Inactive",
            aliases: &[],
        },
        Status {
            name: "invited",
            native: "Invited",
            aliases: &[],
        },
        Status {
            name: "pending-registration",
            native: "PendingRegistration",
            aliases: &[],
        },
    ],
    sort_fields: &[
        SortField {
            name: "key",
            native: "key",
            aliases: &[],
        },
        SortField {
            name: "name",
            native: "name",
            aliases: &[],
        },
        SortField {
            name: "email",
            native: "email",
            aliases: &[],
        },
        SortField {
            name: "status",
            native: "status",
            aliases: &[],
        },
        SortField {
            name: "last-login",
            native: "lastLoginAt",
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
            name: "active",
            aliases: &["is-active", "enabled"],
            setter: Some("active"),
            field: Some("isActive"),
            value: AttrValue::Bool,
        },
        Attribute {
            name: "photo-url",
            aliases: &["picture", "photo"],
            setter: Some("photo-url"),
            field: Some("photoUrl"),
            value: AttrValue::Text,
        },
    ],
    create_requires_name: true,
    scoped_references: true,
    import_columns: &[
        "email",
        "name",
        "active",
        "photoUrl",
        "builtinIdp",
        "groups",
        "roles",
    ],
};
