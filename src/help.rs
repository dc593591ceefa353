//! Words shared by `--help`, the man pages and the README, kept in one
//! place so they cannot drift apart (tests compare the README's exit-code
//! table with `EXIT_CODES`): the exit codes, and examples for every verb.

/// Exit codes: (code, meaning). Part of the public interface; never
/// renumber. The README's table has exactly these rows.
pub const EXIT_CODES: &[(u8, &str)] = &[
    (0, "success (also when a reader closes the pipe early)"),
    (1, "unexpected error (a bug, a local I/O failure)"),
    (
        2,
        "usage: bad arguments or input (an empty or blank user, group or role name included, on every platform, before any request), missing input without a terminal, unknown profile, an invalid config file, a confirmation needed without a terminal and without --yes, a command, flag, field, attribute, status or sort field the platform does not have (refused before any request), a request that cannot be sent as given (a URL off the profile's origin or not https, a control character in a URL or header value, a URL over 32 KiB, a body over 1 MiB: refused at once, never retried)",
    ),
    (3, "not found: the user, group or role does not exist"),
    (
        4,
        "auth: credentials missing or refused, no keyring for a keyring secret, permission denied (401/403)",
    ),
    (
        5,
        "rejected by the API (other 4xx: validation, conflict), or a saved plan whose users changed since",
    ),
    (
        6,
        "network or server failure after retries (timeouts, 5xx, 429)",
    ),
    (
        7,
        "partial failure: some changes of a run failed or were only partly done (their outcome records say which); undo refused a target changed since the run",
    ),
    (
        8,
        "declined: a confirmation was answered no; nothing was changed",
    ),
    (
        10,
        "--detailed-exitcode: success, and there were changes (apply: planned under --dry-run, or applied; diff: the two profiles differ); 0 then means nothing to change",
    ),
    (
        130,
        "interrupted (Ctrl-C); a bulk run has finished its requests in flight and flushed its results",
    ),
];

/// The exit codes as `--help` shows them.
pub fn exit_codes_text() -> String {
    let mut s = String::from("Exit codes:\n");
    for (code, meaning) in EXIT_CODES {
        s.push_str(&format!("  {code:<4} {meaning}\n"));
    }
    s
}

/// Examples, by command path; shown under "Examples:" in `--help` and as
/// the EXAMPLES section of the man page.
pub const EXAMPLES: &[(&str, &str)] = &[
    (
        "",
        "iamctl -p sandbox users list               # the built-in sandbox, no setup\n\
         iamctl profile add prod --kind odc --portal acme.outsystems.dev --client-id ID\n\
         iamctl users get ada@example.com -o json --jq .key",
    ),
    (
        "users list",
        "iamctl users list                            # one page, a table\n\
         iamctl users list --all -o ndjson            # every user, streamed\n\
         iamctl users list --status inactive --sort -last-login\n\
         iamctl users list --all --last-login-before 90d -o tsv --fields email   # stale accounts\n\
         iamctl users list --all --never-logged-in\n\
         iamctl users list --all --without-roles\n\
         iamctl -p sandbox-valuekeep users list --all --invited-before 30d    # Valuekeep, Descope\n\
         iamctl users list --all -o tsv --fields email,name | cut -f1\n\
         iamctl -p sandbox-descope users list --all --created-after 30d   # new this month\n\
         iamctl users list --all --logged-in-stage Production --last-login-after 30d   # ODC\n\
         iamctl users list --portfolio Default --embed app-roles -o json               # ODC",
    ),
    (
        "users access",
        "iamctl users access ada@example.com\n\
         iamctl users access ada@example.com -o csv > ada-access.csv",
    ),
    (
        "users lifecycle deactivate",
        "iamctl users list --all --last-login-before 180d -o ndjson > stale.ndjson\n\
         iamctl users lifecycle deactivate --from stale.ndjson --results off.ndjson --yes\n\
         iamctl users lifecycle deactivate --from leavers.txt --dry-run",
    ),
    (
        "users lifecycle reactivate",
        "iamctl users lifecycle reactivate --from returning.txt --yes",
    ),
    (
        "users lifecycle delete",
        "iamctl users lifecycle delete --from leavers.csv --column email --results rm.ndjson --yes\n\
         iamctl users lifecycle delete --from leavers.csv --column email --results rm.ndjson --resume rm.ndjson --yes",
    ),
    (
        "users lifecycle set",
        "iamctl users lifecycle set photo-url https://example.com/blank.png --from team.txt --yes",
    ),
    (
        "users copy-access",
        "iamctl users copy-access ana@example.com bea@example.com          # plan, then confirm\n\
         iamctl users copy-access ana@example.com bea@example.com --dry-run -o json   # the requests, as data",
    ),
    (
        "users password expire",
        "iamctl -p sandbox-descope users password expire ada@example.com",
    ),
    (
        "users password set",
        "printf %s \"$PW\" | iamctl -p sandbox-descope users password set ada@example.com --temporary\n\
         iamctl -p sandbox-descope users password set ada@example.com --active   # asks, hidden",
    ),
    (
        "users delete-test-users",
        "iamctl -p sandbox-descope users delete-test-users --yes",
    ),
    (
        "users count",
        "iamctl users count\n\
         iamctl users count --status invited",
    ),
    (
        "users get",
        "iamctl users get ada@example.com\n\
         iamctl users get 3fa85f64-5717-4562-b3fc-2c963f66afa6 -o json",
    ),
    (
        "users create",
        "iamctl users create --email ada@example.com --name \"Ada King\"\n\
         iamctl users create --email ada@example.com --name Ada --inactive --dry-run -o json",
    ),
    (
        "users invite",
        "iamctl users invite --email grace@example.com --name \"Grace Hopper\"",
    ),
    (
        "users delete",
        "iamctl users delete ada@example.com bob@example.com --dry-run\n\
         iamctl users delete ada@example.com --yes",
    ),
    (
        "users import",
        "iamctl users import users.csv --results results.ndjson\n\
         iamctl users import users.csv --results results.ndjson --resume results.ndjson   # after Ctrl-C\n\
         iamctl users import users.csv --validate-only",
    ),
    (
        "users export",
        "iamctl users export users.csv --memberships\n\
         iamctl users export --format ndjson > users.ndjson",
    ),
    (
        "history",
        "iamctl -p sandbox history\n\
         iamctl -p sandbox history --since 7d --user ada@example.com -o json",
    ),
    (
        "undo",
        "iamctl -p sandbox undo --dry-run\n\
         iamctl -p sandbox undo --yes",
    ),
    (
        "users set",
        "iamctl users set ada@example.com active false\n\
         iamctl users set ada@example.com name \"Ada King\"",
    ),
    (
        "users patch",
        "iamctl users patch ada@example.com --name \"Ada King\" --inactive\n\
         iamctl users patch ada@example.com --json @changes.json",
    ),
    (
        "users picture",
        "iamctl -p sandbox-valuekeep users picture ada@example.com --file ada.png",
    ),
    (
        "users groups list",
        "iamctl users groups list ada@example.com",
    ),
    (
        "users groups add",
        "iamctl users groups add ada@example.com \"Sales Team\" --stage Production",
    ),
    (
        "users groups remove",
        "iamctl users groups remove ada@example.com \"Sales Team\" --stage Production",
    ),
    (
        "users groups set",
        "iamctl users groups set ada@example.com \"Sales Team\" Support --stage Production --yes",
    ),
    (
        "users roles list",
        "iamctl users roles list ada@example.com\n\
         iamctl users roles list ada@example.com --org",
    ),
    (
        "users roles add",
        "iamctl users roles add ada@example.com Viewer --app SalesPortal --stage Production\n\
         iamctl users roles add ada@example.com Developer --org\n\
         iamctl -p sandbox-descope users roles add ada@example.com Auditor --tenant T-acme",
    ),
    (
        "users roles remove",
        "iamctl users roles remove ada@example.com Viewer --app SalesPortal --stage Production",
    ),
    (
        "users roles set",
        "iamctl users roles set ada@example.com Viewer Admin --app SalesPortal --stage Production --yes",
    ),
    (
        "users tenants list",
        "iamctl -p sandbox-descope users tenants list ada@example.com",
    ),
    (
        "users tenants add",
        "iamctl -p sandbox-descope users tenants add ada@example.com T-acme",
    ),
    (
        "users tenants remove",
        "iamctl -p sandbox-descope users tenants remove ada@example.com T-acme",
    ),
    (
        "users logout",
        "iamctl -p sandbox-descope users logout ada@example.com",
    ),
    (
        "groups list",
        "iamctl groups list --stage Production\n\
         iamctl groups list --search sales -o json",
    ),
    (
        "groups get",
        "iamctl groups get \"Sales Team\" --stage Production",
    ),
    (
        "groups create",
        "iamctl groups create \"Sales Team\" --stage Production --description \"Field sales\"",
    ),
    (
        "groups delete",
        "iamctl groups delete \"Sales Team\" --stage Production --yes",
    ),
    (
        "groups members",
        "iamctl groups members \"Sales Team\" --stage Production",
    ),
    (
        "groups update",
        "iamctl groups update \"Sales Team\" --stage Production --name \"Field Sales\"\n\
         iamctl groups update \"Field Sales\" --stage Production --description \"\"\n\
         iamctl -p sandbox-valuekeep groups update MAINT --name \"Maintenance crew\"",
    ),
    (
        "identity-providers list",
        "iamctl identity-providers list\n\
         iamctl idps list -o json --jq '.[].name'",
    ),
    ("identity-providers get", "iamctl idps get Built-in"),
    (
        "groups claim-mappings list",
        "iamctl groups claim-mappings list Support --stage Production",
    ),
    (
        "groups claim-mappings remove",
        "iamctl groups claim-mappings remove Support 6f1c2a9e-0b7d-4c1e-9a55-2d8f3e4b7c10 --stage Production --yes",
    ),
    (
        "groups claim-mappings clear",
        "iamctl groups claim-mappings clear Support --stage Production --yes\n\
         iamctl groups claim-mappings clear Support --stage Production --dry-run   # what it would remove",
    ),
    (
        "permissions list",
        "iamctl permissions list\n\
         iamctl permissions list --search manage -o json --jq '.[].name'",
    ),
    ("permissions get", "iamctl permissions get \"Manage users\""),
    (
        "permissions create",
        "iamctl -p sandbox-descope permissions create reports.read --description \"Read reports\"",
    ),
    (
        "permissions update",
        "iamctl -p sandbox-descope permissions update reports.read --name reports.view",
    ),
    (
        "permissions delete",
        "iamctl -p sandbox-descope permissions delete reports.view --yes",
    ),
    (
        "tenants get",
        "iamctl -p sandbox-descope tenants get Acme\n\
         iamctl -p sandbox-descope tenants get T-acme -o json",
    ),
    (
        "tenants create",
        "iamctl -p sandbox-descope tenants create Zeta --domain zeta.example.com --attr tier=gold",
    ),
    (
        "tenants update",
        "iamctl -p sandbox-descope tenants update Zeta --name \"Zeta Corp\"",
    ),
    (
        "tenants delete",
        "iamctl -p sandbox-descope tenants delete Zeta --cascade --yes",
    ),
    (
        "tenants settings get",
        "iamctl -p sandbox-descope tenants settings get Acme -o json",
    ),
    (
        "tenants settings set",
        "iamctl -p sandbox-descope tenants settings set Acme enabled=true sessionTokenExpiration=30",
    ),
    (
        "tenants default-roles",
        "iamctl -p sandbox-descope tenants default-roles Acme Viewer",
    ),
    (
        "access-keys create",
        "iamctl -p sandbox-descope access-keys create ci-deploy --role Viewer -o json --jq '.[0].cleartext'\n\
         iamctl -p sandbox-descope access-keys create acme-sync --tenant Acme:Viewer --expires 2027-01-31",
    ),
    (
        "access-keys list",
        "iamctl -p sandbox-descope access-keys list",
    ),
    (
        "access-keys get",
        "iamctl -p sandbox-descope access-keys get ci-deploy",
    ),
    (
        "access-keys update",
        "iamctl -p sandbox-descope access-keys update ci-deploy --description \"CI deploys\"",
    ),
    (
        "access-keys activate",
        "iamctl -p sandbox-descope access-keys activate ci-deploy",
    ),
    (
        "access-keys deactivate",
        "iamctl -p sandbox-descope access-keys deactivate ci-deploy",
    ),
    (
        "access-keys rotate",
        "iamctl -p sandbox-descope access-keys rotate ci-deploy --yes -o json --jq '.[0].cleartext'",
    ),
    (
        "access-keys delete",
        "iamctl -p sandbox-descope access-keys delete ci-deploy --yes",
    ),
    (
        "audit search",
        "iamctl -p sandbox-descope audit search --since 1d\n\
         iamctl -p sandbox-descope audit search --user ana@example.com --action UserModified -o ndjson",
    ),
    (
        "users history",
        "iamctl -p sandbox-descope users history ada@example.com",
    ),
    ("sso-apps list", "iamctl -p sandbox-descope sso-apps list"),
    (
        "sso-apps get",
        "iamctl -p sandbox-descope sso-apps get CRM -o json",
    ),
    ("stages list", "iamctl stages list"),
    (
        "apps list",
        "iamctl apps list\n\
         iamctl apps list --stage Production -o json --jq '.[].name'",
    ),
    ("portfolios list", "iamctl portfolios list"),
    (
        "roles permissions list",
        "iamctl roles permissions list \"Tech Lead\" --org",
    ),
    (
        "roles permissions add",
        "iamctl roles permissions add \"Tech Lead\" \"Manage users\" \"View members\" --org",
    ),
    (
        "roles permissions remove",
        "iamctl roles permissions remove \"Tech Lead\" \"Manage users\" --org --yes",
    ),
    (
        "roles permissions set",
        "iamctl roles permissions set \"Tech Lead\" \"View end users\" --org --yes",
    ),
    (
        "groups roles list",
        "iamctl groups roles list \"Sales Team\" --stage Production",
    ),
    (
        "groups roles add",
        "iamctl groups roles add \"Sales Team\" Viewer \"Sales Manager\" --app SalesPortal --stage Production",
    ),
    (
        "groups roles remove",
        "iamctl groups roles remove \"Sales Team\" Viewer --app SalesPortal --stage Production",
    ),
    (
        "groups roles set",
        "iamctl groups roles set \"Sales Team\" \"Sales Manager\" --app SalesPortal --stage Production --yes",
    ),
    (
        "roles list",
        "iamctl roles list --app SalesPortal --stage Production\n\
         iamctl roles list --org\n\
         iamctl -p sandbox-descope roles list --search admin",
    ),
    (
        "tenants list",
        "iamctl -p sandbox-descope tenants list -o json --jq '.[].id'",
    ),
    (
        "roles create",
        "iamctl roles create \"Security Auditor\" --org\n\
         iamctl -p sandbox-valuekeep roles create \"Shift Lead\" --key SHIFTLEAD\n\
         iamctl -p sandbox-descope roles create Reporter --permissions \"User Admin\"\n\
         iamctl -p sandbox-descope roles create Clerk --tenant Acme",
    ),
    (
        "roles update",
        "iamctl roles update \"Security Auditor\" --org --name \"Auditor\"\n\
         iamctl -p sandbox-descope roles update Reporter --permissions Impersonate",
    ),
    (
        "roles delete",
        "iamctl roles delete Auditor --org --yes\n\
         iamctl -p sandbox-descope roles delete Clerk --tenant Acme --yes",
    ),
    (
        "groups set",
        "iamctl -p sandbox-valuekeep groups set MAINT email maintenance@example.com\n\
         iamctl -p sandbox-valuekeep groups set MAINT active false",
    ),
    (
        "groups add-members",
        "iamctl -p sandbox-valuekeep groups add-members MAINT ana.costa1 bruno.dias2",
    ),
    (
        "groups remove-members",
        "iamctl -p sandbox-valuekeep groups remove-members MAINT bruno.dias2 --yes",
    ),
    (
        "roles set",
        "iamctl -p sandbox-valuekeep roles set SHIFTLEAD administration true\n\
         iamctl -p sandbox-valuekeep roles set SHIFTLEAD description \"Shift lead\"",
    ),
    (
        "roles add-users",
        "iamctl -p sandbox-valuekeep roles add-users TECHNICIAN ana.costa1 bruno.dias2",
    ),
    (
        "roles remove-users",
        "iamctl -p sandbox-valuekeep roles remove-users TECHNICIAN bruno.dias2 --yes",
    ),
    (
        "users credentials remove",
        "iamctl -p sandbox-descope users credentials remove ada@example.com --totp --yes\n\
         iamctl -p sandbox-descope users credentials remove ada@example.com --yes   # TOTP, passkeys and recovery codes",
    ),
    (
        "users sso-apps list",
        "iamctl -p sandbox-descope users sso-apps list ada@example.com",
    ),
    (
        "users sso-apps add",
        "iamctl -p sandbox-descope users sso-apps add ada@example.com CRM app-wiki",
    ),
    (
        "users sso-apps set",
        "# asks before taking other apps away\n\
         iamctl -p sandbox-descope users sso-apps set ada@example.com app-crm\n\
         # none: every app again (confirmed first)\n\
         iamctl -p sandbox-descope users sso-apps set ada@example.com",
    ),
    (
        "users sso-apps remove",
        "iamctl -p sandbox-descope users sso-apps remove ada@example.com app-wiki",
    ),
    (
        "roles get",
        "iamctl roles get Viewer --app SalesPortal --stage Production\n\
         iamctl roles get Admin --org\n\
         iamctl -p sandbox-valuekeep roles get TECHNICIAN",
    ),
    (
        "roles users",
        "iamctl roles users Viewer --app SalesPortal --stage Production",
    ),
    (
        "access report",
        "iamctl access report -o csv > access-2026Q4.csv   # the quarterly access review\n\
         iamctl access report --app SalesPortal --stage Production\n\
         iamctl access report --group \"Sales Team\" -o ndjson\n\
         iamctl -p sandbox-descope access report --tenant T-acme",
    ),
    (
        "access holders",
        "iamctl access holders \"Sales Manager\" --app SalesPortal --stage Production\n\
         iamctl access holders Admin --org\n\
         iamctl -p sandbox-valuekeep access holders TECHNICIAN -o csv",
    ),
    (
        "diff",
        "iamctl diff --from staging -p prod                  # what differs, as apply would change it\n\
         iamctl diff --from staging -p prod --plan plan.yaml && iamctl apply -f plan.yaml -p prod\n\
         iamctl diff --from staging -p prod --prune --plan all.yaml   # then: apply -f all.yaml --prune\n\
         iamctl diff --from staging -p prod --detailed-exitcode      # CI: exit 10 on drift\n\
         iamctl diff --from-stage Development --to-stage Production --plan stage.yaml   # ODC",
    ),
    (
        "apply",
        "iamctl apply -f users.yaml                  # plan, then confirm\n\
         iamctl apply -f users.yaml --dry-run --detailed-exitcode\n\
         iamctl apply -f users.yaml --yes --prune",
    ),
    (
        "profile add",
        "iamctl profile add prod --kind odc --portal acme.outsystems.dev --client-id ID\n\
         printf %s \"$SECRET\" | iamctl profile add prod --kind odc --portal acme.outsystems.dev --client-id ID --client-secret-stdin\n\
         iamctl profile add ci --kind odc --portal acme.outsystems.dev --client-id ID --secret env:ODC_SECRET",
    ),
    ("profile list", "iamctl profile list"),
    ("profile show", "iamctl profile show prod"),
    ("profile use", "iamctl profile use prod"),
    ("profile remove", "iamctl profile remove prod"),
    (
        "profile test",
        "iamctl -p prod profile test\n\
         iamctl -p prod profile test --deep            # read-only; exits 0 when the probe ran, also if some differ\n\
         iamctl -p prod profile test --deep -o json > assumptions.json   # for a bug report",
    ),
    (
        "api",
        "iamctl api GET 'users?limit=5' --jq '.results[].email'\n\
         iamctl api PATCH users/3fa85f64-5717-4562-b3fc-2c963f66afa6 --data '{\"name\": \"Ada\"}'",
    ),
    (
        "sandbox",
        "iamctl sandbox --seed-users 100 --port 8080\n\
         iamctl sandbox --fail-rate 0.2 --fault-seed 7 --latency-ms 50\n\
         iamctl sandbox --variant vk-status-names,vk-no-skip   # answer in other shapes the vendors allow",
    ),
    (
        "completions",
        "mkdir -p ~/.local/share/bash-completion/completions\n\
         iamctl completions bash > ~/.local/share/bash-completion/completions/iamctl",
    ),
    ("environment", "iamctl help environment"),
    (
        "commands",
        "iamctl commands                                  # every command, its platforms\n\
         iamctl commands users roles -o json              # args, flags, platforms, exit codes\n\
         iamctl commands -o json --jq '.[] | select(.writes) | .path'",
    ),
];

/// The examples of a command, if it has any.
pub fn examples(path: &str) -> Option<&'static str> {
    EXAMPLES.iter().find(|(p, _)| *p == path).map(|(_, e)| *e)
}

/// The widest an example line gets in help and man pages: with the two
/// spaces before it, an 80-column terminal never wraps it.
pub const EXAMPLE_WIDTH: usize = 76;

/// Examples as printed: a trailing `# comment` on its own line above its
/// command, and a command longer than `EXAMPLE_WIDTH` continued on the
/// next line with ` \` (broken between words, never inside quotes), so
/// that nothing wraps inside a command and each runs as pasted.
pub fn example_lines(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        let (cmd, comment) = split_comment(line);
        if let Some(c) = comment {
            out.push(format!("# {c}"));
        }
        let mut current = String::new();
        for word in shell_words(cmd) {
            let indent = if out.last().is_some_and(|l: &String| l.ends_with(" \\")) {
                "    "
            } else {
                ""
            };
            if !current.is_empty()
                && indent.len() + current.len() + 1 + word.len() + 2 > EXAMPLE_WIDTH
            {
                out.push(format!("{indent}{current} \\"));
                current.clear();
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(&word);
        }
        if !current.is_empty() {
            let indent = if out.last().is_some_and(|l: &String| l.ends_with(" \\")) {
                "    "
            } else {
                ""
            };
            out.push(format!("{indent}{current}"));
        }
    }
    out
}

/// A command and its trailing comment (a `#` after whitespace, outside
/// quotes).
fn split_comment(line: &str) -> (&str, Option<&str>) {
    let mut quote: Option<char> = None;
    let mut prev = ' ';
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (None, '\'' | '"') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '#') if prev.is_whitespace() => {
                return (line[..i].trim_end(), Some(line[i + 1..].trim()));
            }
            _ => {}
        }
        prev = c;
    }
    (line, None)
}

/// The words of a command as typed (quotes kept), split at spaces outside
/// quotes.
fn shell_words(cmd: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quote: Option<char> = None;
    for c in cmd.chars() {
        match (quote, c) {
            (None, ' ') => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
                continue;
            }
            (None, '\'' | '"') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            _ => {}
        }
        word.push(c);
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// Add the examples (and, at the top, the exit codes) to every command's
/// long help.
pub fn decorate(cmd: clap::Command) -> clap::Command {
    fn walk(cmd: clap::Command, path: &str) -> clap::Command {
        let mut after = String::new();
        if let Some(ex) = examples(path) {
            after.push_str("Examples:\n");
            for line in example_lines(ex) {
                after.push_str("  ");
                after.push_str(&line);
                after.push('\n');
            }
        }
        if path.is_empty() {
            if !after.is_empty() {
                after.push('\n');
            }
            after.push_str(&exit_codes_text());
        }
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|s| s.get_name().to_string())
            .collect();
        let mut cmd = if after.is_empty() {
            cmd
        } else {
            cmd.after_long_help(after.trim_end().to_string())
        };
        for n in names {
            let sub = if path.is_empty() {
                n.clone()
            } else {
                format!("{path} {n}")
            };
            cmd = cmd.mut_subcommand(&n, |c| walk(c, &sub));
        }
        cmd
    }
    walk(cmd, "")
}

#[cfg(test)]
mod tests {
    use crate::error::ErrorKind;

    /// Every exit code the program can end with is on the documented list.
    #[test]
    fn every_error_kind_is_documented() {
        for kind in [
            ErrorKind::Other,
            ErrorKind::Usage,
            ErrorKind::NotFound,
            ErrorKind::Auth,
            ErrorKind::Rejected,
            ErrorKind::Network,
            ErrorKind::Partial,
            ErrorKind::Interrupted,
            ErrorKind::Declined,
            ErrorKind::Changes,
            ErrorKind::BrokenPipe,
        ] {
            let code = kind.exit_code();
            assert!(
                super::EXIT_CODES.iter().any(|(c, _)| *c == code),
                "{kind:?} exits {code}, which is not documented"
            );
        }
    }
}
