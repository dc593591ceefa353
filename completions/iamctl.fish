# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_iamctl_global_optspecs
    string join \n p/profile= all-profiles fail-fast o/output= fields= jq= wide no-input y/yes dry-run q/quiet v/verbose timeout= max-wait= rate= rate-window= refresh no-journal h/help V/version
end

function __fish_iamctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_iamctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_iamctl_using_subcommand
    set -l cmd (__fish_iamctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c iamctl -n "__fish_iamctl_needs_command" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_needs_command" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_needs_command" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_needs_command" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_needs_command" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_needs_command" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_needs_command" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_needs_command" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_needs_command" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_needs_command" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_needs_command" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_needs_command" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_needs_command" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_needs_command" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_needs_command" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_needs_command" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_needs_command" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_needs_command" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_needs_command" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_needs_command" -f -a "users" -d 'Users: list, get, count, access, copy-access, lifecycle, create, invite, delete, set, patch, import, export, memberships, passwords, SSO apps'
complete -c iamctl -n "__fish_iamctl_needs_command" -f -a "groups" -d 'Groups: list, get, create, update, delete, members, the roles a group grants, claim mappings'
complete -c iamctl -n "__fish_iamctl_needs_command" -f -a "roles" -d 'Roles: list, get, create, update, delete, their users, their permissions'
complete -c iamctl -n "__fish_iamctl_needs_command" -f -a "tenants" -d 'Tenants: list, get, create, update, delete, settings, default roles (Descope)'
complete -c iamctl -n "__fish_iamctl_needs_command" -f -a "identity-providers" -d 'Identity providers: where users sign in from (ODC, read-only)'
complete -c iamctl -n "__fish_iamctl_needs_command" -f -a "idps" -d 'Identity providers: where users sign in from (ODC, read-only)'
complete -c iamctl -n "__fish_iamctl_needs_command" -f -a "permissions" -d 'Permissions: what roles are made of (ODC: read-only; Descope: create, update, delete)'
complete -c iamctl -n "__fish_iamctl_needs_command" -f -a "access-keys" -d 'Access keys: list, get, create (cleartext shown once), update, activate, deactivate, delete (Descope)'
complete -c iamctl -n "__fish_iamctl_needs_command" -f -a "audit" -d 'Audit trail: search it (Descope)'
complete -c iamctl -n "__fish_iamctl_needs_command" -f -a "sso-apps" -d 'SSO applications: list and show them (Descope)'
complete -c iamctl -n "__fish_iamctl_needs_command" -f -a "stages" -d 'Stages: list them (ODC)'
complete -c iamctl -n "__fish_iamctl_needs_command" -f -a "apps" -d 'Apps: list the deployed apps and their stages (ODC)'
complete -c iamctl -n "__fish_iamctl_needs_command" -f -a "portfolios" -d 'Portfolios: list them (ODC)'
complete -c iamctl -n "__fish_iamctl_needs_command" -f -a "apply" -d 'Make users, their groups and roles match a YAML/JSON file (plan, then --yes)'
complete -c iamctl -n "__fish_iamctl_needs_command" -f -a "access" -d 'Access review of the whole tenant: every user\'s access with its source, a role\'s holders'
complete -c iamctl -n "__fish_iamctl_needs_command" -f -a "diff" -d 'Compare another profile\'s users and access with this one\'s, as a plan `apply` takes'
complete -c iamctl -n "__fish_iamctl_needs_command" -f -a "history" -d 'The runs that wrote, as the journal kept them for the profile'
complete -c iamctl -n "__fish_iamctl_needs_command" -f -a "undo" -d 'Undo a run of the journal (default: the profile\'s last), after checking nothing changed since'
complete -c iamctl -n "__fish_iamctl_needs_command" -f -a "profile" -d 'Profiles: where a platform is and how to authenticate to it'
complete -c iamctl -n "__fish_iamctl_needs_command" -f -a "api" -d 'Make an authenticated raw API call (like `gh api`)'
complete -c iamctl -n "__fish_iamctl_needs_command" -f -a "sandbox" -d 'Serve a local, stateful emulator of the vendors\' APIs on 127.0.0.1'
complete -c iamctl -n "__fish_iamctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c iamctl -n "__fish_iamctl_needs_command" -f -a "environment" -d 'The environment variables iamctl reads, and which wins'
complete -c iamctl -n "__fish_iamctl_needs_command" -f -a "commands" -d 'Every command with its arguments, flags, platforms and exit codes (for programs: -o json)'
complete -c iamctl -n "__fish_iamctl_needs_command" -f -a "man" -d 'Write the man pages into a directory'
complete -c iamctl -n "__fish_iamctl_needs_command" -f -a "assumptions" -d 'The unconfirmed vendor behaviours as Markdown (the README\'s lists)'
complete -c iamctl -n "__fish_iamctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -f -a "list" -d 'List users (one page by default; --all for every user, streamed)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -f -a "get" -d 'Show one user, by key or e-mail'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -f -a "count" -d 'How many users match, in one request'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -f -a "access" -d 'Every group, role and tenant a user holds, and where each comes from'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -f -a "copy-access" -d 'Give a user the groups, roles and tenants another holds directly (plan first; nothing is taken away)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -f -a "lifecycle" -d 'Deactivate, reactivate, delete or set an attribute of many users at once, from a file or stdin, with per-user results and --resume'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -f -a "create" -d 'Create a user'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -f -a "invite" -d 'Invite a user (ODC: created Invited in the built-in identity provider; Descope: created and sent an invitation; Valuekeep: sendInvitation)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -f -a "delete" -d 'Delete users, by key or e-mail (cannot be undone)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -f -a "import" -d 'Create users from a CSV, JSON or NDJSON file, with per-row results'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -f -a "export" -d 'Write every user in the columns `users import` reads (CSV, JSON, NDJSON)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -f -a "set" -d 'Set one attribute: name, active, photo-url... (ATTR below lists each platform\'s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -f -a "patch" -d 'Change several attributes at once; sends only what is given'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -f -a "picture" -d 'Download a user\'s picture (Valuekeep)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -f -a "groups" -d 'A user\'s group memberships'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -f -a "roles" -d 'A user\'s application roles (or organization roles with --org)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -f -a "tenants" -d 'Descope: the tenants a user belongs to'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -f -a "logout" -d 'Descope: end every session of a user'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -f -a "password" -d 'Descope: expire a user\'s password, or set a temporary or active one'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -f -a "delete-test-users" -d 'Descope: delete every test user of the project (cannot be undone)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -f -a "sso-apps" -d 'Descope: the SSO apps a user may sign in to'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -f -a "credentials" -d 'Descope: remove a user\'s TOTP seed, passkeys or recovery codes (a lost device)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -f -a "history" -d 'Descope: the users\' sign-in history'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and not __fish_seen_subcommand_from list get count access copy-access lifecycle create invite delete import export set patch picture groups roles tenants logout password delete-test-users sso-apps credentials history help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -s s -l search -d 'Only users whose name, e-mail or username contains this text' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l status -d 'Only users with this status: active, inactive, invited (ODC also pending-registration; Valuekeep and Descope invitation-expired). The platform\'s own names work too' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l sort -d 'Sort by a field: key, name, email, status, last-login (Valuekeep also active, technician, id; Descope also phone, created; the platform\'s own field names work too); prefix `-` for descending' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l last-login-before -d 'Users whose last login is before WHEN: an age (90d, 12w, 36h), a date (2026-01-31) or an RFC 3339 time; users who never logged in are not among them (see --never-logged-in). Filtered by the server on ODC and Valuekeep' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l last-login-after -d 'Users whose last login is on or after WHEN (as --last-login-before; ODC, filtered by the server)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l domain -d 'Users of this e-mail domain (repeatable; ODC)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l stage -d 'Users holding roles in this stage, by name or key (ODC)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l app -d 'Users holding roles in this app, by name or key (ODC)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l key -d 'Only these users, by key (repeatable, at most 20; ODC)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l portfolio -d 'Users holding roles in this portfolio, by name or key (ODC)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l logged-in-stage -d 'Users who logged in to this stage, by name or key (repeatable; ODC; with --last-login-before/after, the dates apply to that stage)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l logged-in-portfolio -d 'Users who logged in to any stage of this portfolio, by name or key (repeatable; ODC)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l embed -d 'Add to each user: app-roles (their application roles), identity-providers (where they sign in); comma-separated (ODC, shown with -o json)' -r -f -a "app-roles\t''
identity-providers\t''"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l invited-before -d 'Invited users whose invitation is older than WHEN (as --last-login-before): the status is filtered by the server, the date here, page by page. Valuekeep and Descope, taking the record\'s creation time for the invitation\'s; ODC\'s records carry no such date. Expired invitations: --status invitation-expired' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -s L -l limit -d 'Show at most this many users' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l filter -d 'An OData $filter expression, passed through (Valuekeep)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l role -d 'Only users with this role (repeatable; Descope)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l tenant -d 'Only users in this tenant (repeatable; Descope)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l email -d 'Only users with this e-mail (repeatable; Descope)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l created-after -d 'Users created on or after WHEN: an age (30d), a date or an RFC 3339 time (Descope, filtered by the server)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l created-before -d 'Users created before WHEN (as --created-after; Descope)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l has-org-roles -d 'Users holding at least one organization role (ODC)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l has-app-roles -d 'Users holding at least one application role (ODC)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l never-logged-in -d 'Users who never logged in (Valuekeep: filtered by the server; ODC: every page is read and checked here)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l without-roles -d 'Users who hold no role at all (checked here, page by page, on every platform: ODC\'s access flags, Valuekeep\'s roles, Descope\'s project and tenant roles)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l all -d 'Every user (pages fetched concurrently, streamed in order)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l test-users -d 'Test users only (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from get" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from get" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from get" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from get" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from get" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from get" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from get" -l by-id -d 'Valuekeep: USER is a record id (GET by identifier)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from get" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from get" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from get" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from get" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from get" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from get" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from count" -s s -l search -d 'Only users whose name, e-mail or username contains this text' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from count" -l status -d 'Only users with this status: active, inactive, invited (the platform\'s own names work too)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from count" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from count" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from count" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from count" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from count" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from count" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from count" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from count" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from count" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from count" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from count" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from count" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from count" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from count" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from count" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from count" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from count" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from count" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from count" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from count" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from access" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from access" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from access" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from access" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from access" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from access" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from access" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from access" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from access" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from access" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from access" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from access" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from access" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from access" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from access" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from access" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from access" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from access" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from access" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from access" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from copy-access" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from copy-access" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from copy-access" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from copy-access" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from copy-access" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from copy-access" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from copy-access" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from copy-access" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from copy-access" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from copy-access" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from copy-access" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from copy-access" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from copy-access" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from copy-access" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from copy-access" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from copy-access" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from copy-access" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from copy-access" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from copy-access" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from copy-access" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from lifecycle" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from lifecycle" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from lifecycle" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from lifecycle" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from lifecycle" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from lifecycle" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from lifecycle" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from lifecycle" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from lifecycle" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from lifecycle" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from lifecycle" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from lifecycle" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from lifecycle" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from lifecycle" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from lifecycle" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from lifecycle" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from lifecycle" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from lifecycle" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from lifecycle" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from lifecycle" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from lifecycle" -f -a "deactivate" -d 'Deactivate every user listed (keeps their data and access)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from lifecycle" -f -a "reactivate" -d 'Reactivate every user listed'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from lifecycle" -f -a "delete" -d 'Delete every user listed (cannot be undone)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from lifecycle" -f -a "set" -d 'Set one attribute of every user listed (as `users set`)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from lifecycle" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l email -d 'E-mail address (asked for on a terminal when missing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l name -d 'Full name (asked for on a terminal when missing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l photo-url -l picture -d 'URL of the user\'s photo (Descope: picture)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l login-id -d 'Descope: login id (defaults to the e-mail; with it, --email is optional)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l phone -d 'Descope: phone number (E.164, e.g. +351912345678)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l given-name -d 'Descope: given name' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l middle-name -d 'Descope: middle name' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l family-name -d 'Descope: family name' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l role -d 'Descope: a project-level role; Valuekeep: a role key (repeatable)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l tenant -d 'Descope: a tenant, with the user\'s roles in it: TENANT or TENANT:ROLE1,ROLE2 (repeatable)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l attr -d 'Descope: a custom attribute KEY=VALUE (repeatable; true/false and numbers are typed, \'"42"\' stays a string)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l verified-email -d 'Descope: mark the e-mail as verified (or =false)' -r -f -a "true\t''
false\t''"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l verified-phone -d 'Descope: mark the phone as verified (or =false)' -r -f -a "true\t''
false\t''"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l user-key -d 'Valuekeep: the user key (default: the e-mail\'s local part)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l status -d 'Valuekeep: initial status (Active, Inactive, InvitationSent, InvitationExpired, or 1-4)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l group -d 'Valuekeep: a group key (repeatable)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l inactive -d 'Create the user deactivated'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l builtin-idp -d 'Create the user in ODC\'s built-in identity provider (starts as Invited)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l test-user -d 'Descope: create a test user'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l technician -d 'Valuekeep: the user is a technician'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l email -d 'E-mail address' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l name -d 'Full name (defaults to the e-mail\'s local part)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l photo-url -l picture -d 'Descope: URL of the user\'s picture' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l send-mail -d 'Descope: send the invitation by e-mail (or =false; default: the project\'s settings)' -r -f -a "true\t''
false\t''"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l send-sms -d 'Descope: send the invitation by SMS (or =false; default: the project\'s settings)' -r -f -a "true\t''
false\t''"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l invite-url -d 'Descope: the URL the invitation links to (default: the project\'s setting)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l login-id -d 'Descope: login id (defaults to the e-mail; with it, --email is optional)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l phone -d 'Descope: phone number (E.164, e.g. +351912345678)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l given-name -d 'Descope: given name' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l middle-name -d 'Descope: middle name' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l family-name -d 'Descope: family name' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l role -d 'Descope: a project-level role; Valuekeep: a role key (repeatable)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l tenant -d 'Descope: a tenant, with the user\'s roles in it: TENANT or TENANT:ROLE1,ROLE2 (repeatable)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l attr -d 'Descope: a custom attribute KEY=VALUE (repeatable; true/false and numbers are typed, \'"42"\' stays a string)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l verified-email -d 'Descope: mark the e-mail as verified (or =false)' -r -f -a "true\t''
false\t''"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l verified-phone -d 'Descope: mark the phone as verified (or =false)' -r -f -a "true\t''
false\t''"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l test-user -d 'Descope: create a test user'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from invite" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l by-id -d 'Valuekeep: the users are record ids (DELETE by identifier)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from import" -l format -d 'Input format (default: from the file\'s extension, else from its first character)' -r -f -a "csv\t''
json\t''
ndjson\t''"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from import" -l results -d 'Write one NDJSON result per row to FILE as rows complete (`-` for stdout)' -r -F
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from import" -l resume -d 'Skip the rows this results file of an earlier run records as done (resuming into the same file as --results appends to it)' -r -F
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from import" -l concurrency -d 'Batches in flight at once (they share one rate budget)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from import" -l app -d 'App (deployed asset) the roles named belong to, by name or key (ODC)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from import" -l stage -d 'Stage (environment) of the roles named, by name or key, e.g. Production (ODC)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from import" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from import" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from import" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from import" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from import" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from import" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from import" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from import" -l validate-only -d 'Check every row and send nothing'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from import" -l org -d 'Organization roles instead of application roles (ODC)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from import" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from import" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from import" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from import" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from import" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from import" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from export" -l format -d 'Output format (default: from FILE\'s extension, .csv, .json or .ndjson; CSV when it has none)' -r -f -a "csv\t''
json\t''
ndjson\t''"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from export" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from export" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from export" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from export" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from export" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from export" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from export" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from export" -l memberships -d 'Also export each user\'s direct groups and roles (ODC: STAGE/GROUP, APP/STAGE/ROLE, org:ROLE); costs requests on ODC: one walk of the tenant\'s lists (about 18, whatever the number of users)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from export" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from export" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from export" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from export" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from export" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from export" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from set" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from set" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from set" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from set" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from set" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from set" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from set" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from set" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from set" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from set" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from set" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from set" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from set" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l name -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l photo-url -l picture -d 'URL of the user\'s photo (Descope, Valuekeep: picture)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l email -d 'Descope, Valuekeep: new e-mail address' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l status -d 'Valuekeep: status (Active, Inactive, InvitationSent, InvitationExpired, or 1-4)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l last-login -d 'Valuekeep: last login (RFC 3339 date and time)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l user-key -d 'Valuekeep: rename the user\'s key (sent last)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l json -d 'A JSON body in the platform\'s own field names: inline, `@FILE`, or `-` for stdin' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l phone -d 'Descope: new phone number' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l given-name -d 'Descope: given name' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l middle-name -d 'Descope: middle name' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l family-name -d 'Descope: family name' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l role -d 'Descope: make these the user\'s project-level roles (repeatable)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l tenant -d 'Descope: make these the user\'s tenants, TENANT or TENANT:ROLE1,ROLE2 (repeatable)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l attr -d 'Descope: set a custom attribute KEY=VALUE (repeatable; the others are kept)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l verified-email -d 'Descope: mark the e-mail as verified (or =false)' -r -f -a "true\t''
false\t''"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l verified-phone -d 'Descope: mark the phone as verified (or =false)' -r -f -a "true\t''
false\t''"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l active -d 'Activate the user'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l inactive -d 'Deactivate the user (keeps data and assignments)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l technician -d 'Valuekeep: make the user a technician'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l not-technician -d 'Valuekeep: make the user not a technician'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l replace -d 'Descope: send the whole record through the full-replace `update` route instead of PATCH; the user is loaded first so nothing is lost'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from patch" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from picture" -s f -l file -d 'Where to write the image (`-` for stdout)' -r -F
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from picture" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from picture" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from picture" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from picture" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from picture" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from picture" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from picture" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from picture" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from picture" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from picture" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from picture" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from picture" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from picture" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from picture" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from picture" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from picture" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from picture" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from picture" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from picture" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from picture" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from groups" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from groups" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from groups" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from groups" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from groups" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from groups" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from groups" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from groups" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from groups" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from groups" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from groups" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from groups" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from groups" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from groups" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from groups" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from groups" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from groups" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from groups" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from groups" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from groups" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from groups" -f -a "list" -d 'The groups a user belongs to'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from groups" -f -a "add" -d 'Add the user to groups'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from groups" -f -a "remove" -d 'Remove the user from groups'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from groups" -f -a "set" -d 'Make these the user\'s groups exactly (none: leave every assigned group)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from groups" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from roles" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from roles" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from roles" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from roles" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from roles" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from roles" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from roles" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from roles" -f -a "list" -d 'The roles a user holds'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from roles" -f -a "add" -d 'Grant roles'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from roles" -f -a "remove" -d 'Revoke roles'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from roles" -f -a "set" -d 'Make these the user\'s directly granted roles exactly (none: revoke all)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from roles" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from tenants" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from tenants" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from tenants" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from tenants" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from tenants" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from tenants" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from tenants" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from tenants" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from tenants" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from tenants" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from tenants" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from tenants" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from tenants" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from tenants" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from tenants" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from tenants" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from tenants" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from tenants" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from tenants" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from tenants" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from tenants" -f -a "list" -d 'The tenants a user belongs to, with the user\'s roles in each'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from tenants" -f -a "add" -d 'Add the user to tenants'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from tenants" -f -a "remove" -d 'Remove the user from tenants'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from tenants" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from logout" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from logout" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from logout" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from logout" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from logout" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from logout" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from logout" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from logout" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from logout" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from logout" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from logout" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from logout" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from logout" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from logout" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from logout" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from logout" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from logout" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from logout" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from logout" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from password" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from password" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from password" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from password" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from password" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from password" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from password" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from password" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from password" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from password" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from password" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from password" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from password" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from password" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from password" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from password" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from password" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from password" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from password" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from password" -f -a "expire" -d 'Make the user choose a new password at the next login'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from password" -f -a "set" -d 'Set a password: read from stdin, or asked for (hidden) on a terminal'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from password" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete-test-users" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete-test-users" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete-test-users" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete-test-users" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete-test-users" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete-test-users" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete-test-users" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete-test-users" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete-test-users" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete-test-users" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete-test-users" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete-test-users" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete-test-users" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete-test-users" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete-test-users" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete-test-users" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete-test-users" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete-test-users" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete-test-users" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from delete-test-users" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from sso-apps" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from sso-apps" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from sso-apps" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from sso-apps" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from sso-apps" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from sso-apps" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from sso-apps" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from sso-apps" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from sso-apps" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from sso-apps" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from sso-apps" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from sso-apps" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from sso-apps" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from sso-apps" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from sso-apps" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from sso-apps" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from sso-apps" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from sso-apps" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from sso-apps" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from sso-apps" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from sso-apps" -f -a "list" -d 'The SSO apps a user may use (none: every app of the project)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from sso-apps" -f -a "add" -d 'Let the user use these SSO apps too (one request)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from sso-apps" -f -a "set" -d 'Make these the user\'s only SSO apps (none given: every app, confirmed)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from sso-apps" -f -a "remove" -d 'Take these SSO apps from the user (reads them first: leaving none, i.e. every app, is confirmed)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from sso-apps" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from credentials" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from credentials" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from credentials" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from credentials" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from credentials" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from credentials" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from credentials" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from credentials" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from credentials" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from credentials" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from credentials" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from credentials" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from credentials" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from credentials" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from credentials" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from credentials" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from credentials" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from credentials" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from credentials" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from credentials" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from credentials" -f -a "remove" -d 'Remove a user\'s TOTP seed, passkeys and/or recovery codes (none named: all three); asks first'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from credentials" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from history" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from history" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from history" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from history" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from history" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from history" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from history" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from history" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from history" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from history" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from history" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from history" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from history" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from history" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from history" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from history" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "list" -d 'List users (one page by default; --all for every user, streamed)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one user, by key or e-mail'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "count" -d 'How many users match, in one request'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "access" -d 'Every group, role and tenant a user holds, and where each comes from'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "copy-access" -d 'Give a user the groups, roles and tenants another holds directly (plan first; nothing is taken away)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "lifecycle" -d 'Deactivate, reactivate, delete or set an attribute of many users at once, from a file or stdin, with per-user results and --resume'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a user'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "invite" -d 'Invite a user (ODC: created Invited in the built-in identity provider; Descope: created and sent an invitation; Valuekeep: sendInvitation)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete users, by key or e-mail (cannot be undone)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "import" -d 'Create users from a CSV, JSON or NDJSON file, with per-row results'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write every user in the columns `users import` reads (CSV, JSON, NDJSON)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set one attribute: name, active, photo-url... (ATTR below lists each platform\'s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "patch" -d 'Change several attributes at once; sends only what is given'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "picture" -d 'Download a user\'s picture (Valuekeep)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "groups" -d 'A user\'s group memberships'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "roles" -d 'A user\'s application roles (or organization roles with --org)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "tenants" -d 'Descope: the tenants a user belongs to'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "logout" -d 'Descope: end every session of a user'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "password" -d 'Descope: expire a user\'s password, or set a temporary or active one'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "delete-test-users" -d 'Descope: delete every test user of the project (cannot be undone)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "sso-apps" -d 'Descope: the SSO apps a user may sign in to'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "credentials" -d 'Descope: remove a user\'s TOTP seed, passkeys or recovery codes (a lost device)'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "history" -d 'Descope: the users\' sign-in history'
complete -c iamctl -n "__fish_iamctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -f -a "list" -d 'List groups'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -f -a "get" -d 'Show one group, by key or name'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -f -a "create" -d 'Create a group in a stage'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -f -a "delete" -d 'Delete groups, by key or name'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -f -a "members" -d 'List a group\'s members'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -f -a "update" -d 'Rename a group or change its description (ODC, Valuekeep)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -f -a "roles" -d 'The application roles a group grants its members (ODC)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -f -a "set" -d 'Set one attribute of a group: name, email, description, key, active (Valuekeep)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -f -a "add-members" -d 'Put users in a group, in one request (Valuekeep)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -f -a "remove-members" -d 'Take users out of a group, in one request (Valuekeep)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -f -a "claim-mappings" -d 'The identity-provider claims that make users members (ODC)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and not __fish_seen_subcommand_from list get create delete members update roles set add-members remove-members claim-mappings help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s s -l search -d 'Only groups whose name contains this text' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l stage -d 'Stage (environment) of the groups named, by name or key (ODC)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from get" -l stage -d 'Stage (environment) of the groups named, by name or key (ODC)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from get" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from get" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from get" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from get" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from get" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from get" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from get" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from get" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from get" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from get" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from get" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from get" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l stage -d 'Stage (environment) of the groups named, by name or key (ODC)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l description -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from create" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l stage -d 'Stage (environment) of the groups named, by name or key (ODC)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from members" -l stage -d 'Stage (environment) of the groups named, by name or key (ODC)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from members" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from members" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from members" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from members" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from members" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from members" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from members" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from members" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from members" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from members" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from members" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from members" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from members" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from members" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from members" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from members" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from members" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from members" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from members" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from members" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from update" -l stage -d 'Stage (environment) of the groups named, by name or key (ODC)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from update" -l name -d 'Its new name' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from update" -l description -d 'Its new description (`""` clears it)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from update" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from update" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from update" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from update" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from update" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from update" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from update" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from update" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from update" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from update" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from update" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from update" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from update" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from roles" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from roles" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from roles" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from roles" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from roles" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from roles" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from roles" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from roles" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from roles" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from roles" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from roles" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from roles" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from roles" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from roles" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from roles" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from roles" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from roles" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from roles" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from roles" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from roles" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from roles" -f -a "list" -d 'The application roles a group grants'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from roles" -f -a "add" -d 'Make the group grant these roles too'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from roles" -f -a "remove" -d 'Stop the group granting these roles'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from roles" -f -a "set" -d 'Make these exactly the roles the group grants (none: grant nothing)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from roles" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from set" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from set" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from set" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from set" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from set" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from set" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from set" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from set" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from set" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from set" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from set" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from set" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from set" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from add-members" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from add-members" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l by-id -d 'The users are named by record id (GUID): sent to `addById`/`removeById` (Valuekeep)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from add-members" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from add-members" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from add-members" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from add-members" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from add-members" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l by-id -d 'The users are named by record id (GUID): sent to `addById`/`removeById` (Valuekeep)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from claim-mappings" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from claim-mappings" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from claim-mappings" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from claim-mappings" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from claim-mappings" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from claim-mappings" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from claim-mappings" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from claim-mappings" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from claim-mappings" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from claim-mappings" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from claim-mappings" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from claim-mappings" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from claim-mappings" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from claim-mappings" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from claim-mappings" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from claim-mappings" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from claim-mappings" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from claim-mappings" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from claim-mappings" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from claim-mappings" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from claim-mappings" -f -a "list" -d 'The identity-provider claims that make users members of a group'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from claim-mappings" -f -a "remove" -d 'Remove claim mappings from a group, by key'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from claim-mappings" -f -a "clear" -d 'Remove every claim mapping of a group (members then come only from assignment)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from claim-mappings" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "list" -d 'List groups'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one group, by key or name'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a group in a stage'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete groups, by key or name'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "members" -d 'List a group\'s members'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "update" -d 'Rename a group or change its description (ODC, Valuekeep)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "roles" -d 'The application roles a group grants its members (ODC)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set one attribute of a group: name, email, description, key, active (Valuekeep)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "add-members" -d 'Put users in a group, in one request (Valuekeep)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "remove-members" -d 'Take users out of a group, in one request (Valuekeep)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "claim-mappings" -d 'The identity-provider claims that make users members (ODC)'
complete -c iamctl -n "__fish_iamctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and not __fish_seen_subcommand_from list get users create update delete set add-users remove-users permissions help" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and not __fish_seen_subcommand_from list get users create update delete set add-users remove-users permissions help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and not __fish_seen_subcommand_from list get users create update delete set add-users remove-users permissions help" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and not __fish_seen_subcommand_from list get users create update delete set add-users remove-users permissions help" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and not __fish_seen_subcommand_from list get users create update delete set add-users remove-users permissions help" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and not __fish_seen_subcommand_from list get users create update delete set add-users remove-users permissions help" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and not __fish_seen_subcommand_from list get users create update delete set add-users remove-users permissions help" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and not __fish_seen_subcommand_from list get users create update delete set add-users remove-users permissions help" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and not __fish_seen_subcommand_from list get users create update delete set add-users remove-users permissions help" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and not __fish_seen_subcommand_from list get users create update delete set add-users remove-users permissions help" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and not __fish_seen_subcommand_from list get users create update delete set add-users remove-users permissions help" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and not __fish_seen_subcommand_from list get users create update delete set add-users remove-users permissions help" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and not __fish_seen_subcommand_from list get users create update delete set add-users remove-users permissions help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and not __fish_seen_subcommand_from list get users create update delete set add-users remove-users permissions help" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and not __fish_seen_subcommand_from list get users create update delete set add-users remove-users permissions help" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and not __fish_seen_subcommand_from list get users create update delete set add-users remove-users permissions help" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and not __fish_seen_subcommand_from list get users create update delete set add-users remove-users permissions help" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and not __fish_seen_subcommand_from list get users create update delete set add-users remove-users permissions help" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and not __fish_seen_subcommand_from list get users create update delete set add-users remove-users permissions help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and not __fish_seen_subcommand_from list get users create update delete set add-users remove-users permissions help" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and not __fish_seen_subcommand_from list get users create update delete set add-users remove-users permissions help" -f -a "list" -d 'List application roles (or organization roles with --org)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and not __fish_seen_subcommand_from list get users create update delete set add-users remove-users permissions help" -f -a "get" -d 'Show one role, by key or name (ODC: application roles with --app and --stage, or --org)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and not __fish_seen_subcommand_from list get users create update delete set add-users remove-users permissions help" -f -a "users" -d 'List the users who hold a role'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and not __fish_seen_subcommand_from list get users create update delete set add-users remove-users permissions help" -f -a "create" -d 'Create a role (ODC: an organization role, with --org; Valuekeep: NAME is its description)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and not __fish_seen_subcommand_from list get users create update delete set add-users remove-users permissions help" -f -a "update" -d 'Rename a role (ODC: an organization role, with --org; Valuekeep: its description)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and not __fish_seen_subcommand_from list get users create update delete set add-users remove-users permissions help" -f -a "delete" -d 'Delete roles (ODC: organization roles, with --org; cannot be undone)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and not __fish_seen_subcommand_from list get users create update delete set add-users remove-users permissions help" -f -a "set" -d 'Set one attribute of a role: description, localizable-description, key, active, administration, default, internal (Valuekeep)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and not __fish_seen_subcommand_from list get users create update delete set add-users remove-users permissions help" -f -a "add-users" -d 'Give a role to users, in one request (Valuekeep)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and not __fish_seen_subcommand_from list get users create update delete set add-users remove-users permissions help" -f -a "remove-users" -d 'Take a role from users, in one request (Valuekeep)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and not __fish_seen_subcommand_from list get users create update delete set add-users remove-users permissions help" -f -a "permissions" -d 'The permissions an organization role grants (ODC, with --org)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and not __fish_seen_subcommand_from list get users create update delete set add-users remove-users permissions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from list" -s s -l search -d 'Only roles whose name contains this text' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from list" -l app -d 'App (deployed asset) the roles named belong to, by name or key (ODC)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from list" -l stage -d 'Stage (environment) of the roles named, by name or key, e.g. Production (ODC)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from list" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from list" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from list" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from list" -l org -d 'Organization roles instead of application roles (ODC)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from list" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from list" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from list" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from list" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from get" -l app -d 'App (deployed asset) the roles named belong to, by name or key (ODC)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from get" -l stage -d 'Stage (environment) of the roles named, by name or key, e.g. Production (ODC)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from get" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from get" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from get" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from get" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from get" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from get" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from get" -l org -d 'Organization roles instead of application roles (ODC)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from get" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from get" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from get" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from get" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from get" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from get" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from users" -l app -d 'App (deployed asset) the roles named belong to, by name or key (ODC)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from users" -l stage -d 'Stage (environment) of the roles named, by name or key, e.g. Production (ODC)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from users" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from users" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from users" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from users" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from users" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from users" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from users" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from users" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from users" -l org -d 'Organization roles instead of application roles (ODC)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from users" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from users" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from users" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from users" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from users" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from users" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from users" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from users" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from users" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from users" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from users" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from users" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from create" -l key -d 'The new role\'s key (Valuekeep; default: the name\'s letters and digits, upper-cased)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from create" -l tenant -d 'A tenant\'s role instead of a project role, tenant by id or name (Descope)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from create" -l permissions -d 'The permissions the role grants (repeatable or comma-separated; Descope)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from create" -l description -d 'The role\'s description (Descope)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from create" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from create" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from create" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from create" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from create" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from create" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from create" -l org -d 'An organization role (ODC)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from create" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from create" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from create" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from create" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from create" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from update" -l name -d 'Its new name' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from update" -l tenant -d 'A tenant\'s role instead of a project role, tenant by id or name (Descope)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from update" -l permissions -d 'The permissions the role grants (repeatable or comma-separated; Descope)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from update" -l description -d 'The role\'s description (Descope)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from update" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from update" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from update" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from update" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from update" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from update" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from update" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from update" -l org -d 'An organization role (ODC)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from update" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from update" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from update" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from update" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from update" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from update" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from delete" -l tenant -d 'Roles of this tenant, by id or name (Descope)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from delete" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from delete" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from delete" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from delete" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from delete" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from delete" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from delete" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from delete" -l org -d 'Organization roles (ODC)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from delete" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from delete" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from delete" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from delete" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from delete" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from set" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from set" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from set" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from set" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from set" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from set" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from set" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from set" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from set" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from set" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from set" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from set" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from set" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from add-users" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from add-users" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from add-users" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from add-users" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from add-users" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from add-users" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from add-users" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from add-users" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from add-users" -l by-id -d 'The users are named by record id (GUID): sent to `addById`/`removeById` (Valuekeep)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from add-users" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from add-users" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from add-users" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from add-users" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from add-users" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from add-users" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from add-users" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from add-users" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from add-users" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from add-users" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from add-users" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from add-users" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from remove-users" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from remove-users" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from remove-users" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from remove-users" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from remove-users" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from remove-users" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from remove-users" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from remove-users" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from remove-users" -l by-id -d 'The users are named by record id (GUID): sent to `addById`/`removeById` (Valuekeep)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from remove-users" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from remove-users" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from remove-users" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from remove-users" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from remove-users" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from remove-users" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from remove-users" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from remove-users" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from remove-users" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from remove-users" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from remove-users" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from remove-users" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from permissions" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from permissions" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from permissions" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from permissions" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from permissions" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from permissions" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from permissions" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from permissions" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from permissions" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from permissions" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from permissions" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from permissions" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from permissions" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from permissions" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from permissions" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from permissions" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from permissions" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from permissions" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from permissions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from permissions" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from permissions" -f -a "list" -d 'The permissions an organization role grants'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from permissions" -f -a "add" -d 'Grant these permissions through the role too'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from permissions" -f -a "remove" -d 'Stop the role granting these permissions'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from permissions" -f -a "set" -d 'Make these exactly the role\'s permissions'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from permissions" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "list" -d 'List application roles (or organization roles with --org)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one role, by key or name (ODC: application roles with --app and --stage, or --org)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "users" -d 'List the users who hold a role'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a role (ODC: an organization role, with --org; Valuekeep: NAME is its description)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "update" -d 'Rename a role (ODC: an organization role, with --org; Valuekeep: its description)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete roles (ODC: organization roles, with --org; cannot be undone)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set one attribute of a role: description, localizable-description, key, active, administration, default, internal (Valuekeep)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "add-users" -d 'Give a role to users, in one request (Valuekeep)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "remove-users" -d 'Take a role from users, in one request (Valuekeep)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "permissions" -d 'The permissions an organization role grants (ODC, with --org)'
complete -c iamctl -n "__fish_iamctl_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and not __fish_seen_subcommand_from list get create update delete settings default-roles help" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and not __fish_seen_subcommand_from list get create update delete settings default-roles help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and not __fish_seen_subcommand_from list get create update delete settings default-roles help" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and not __fish_seen_subcommand_from list get create update delete settings default-roles help" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and not __fish_seen_subcommand_from list get create update delete settings default-roles help" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and not __fish_seen_subcommand_from list get create update delete settings default-roles help" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and not __fish_seen_subcommand_from list get create update delete settings default-roles help" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and not __fish_seen_subcommand_from list get create update delete settings default-roles help" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and not __fish_seen_subcommand_from list get create update delete settings default-roles help" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and not __fish_seen_subcommand_from list get create update delete settings default-roles help" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and not __fish_seen_subcommand_from list get create update delete settings default-roles help" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and not __fish_seen_subcommand_from list get create update delete settings default-roles help" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and not __fish_seen_subcommand_from list get create update delete settings default-roles help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and not __fish_seen_subcommand_from list get create update delete settings default-roles help" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and not __fish_seen_subcommand_from list get create update delete settings default-roles help" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and not __fish_seen_subcommand_from list get create update delete settings default-roles help" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and not __fish_seen_subcommand_from list get create update delete settings default-roles help" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and not __fish_seen_subcommand_from list get create update delete settings default-roles help" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and not __fish_seen_subcommand_from list get create update delete settings default-roles help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and not __fish_seen_subcommand_from list get create update delete settings default-roles help" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and not __fish_seen_subcommand_from list get create update delete settings default-roles help" -f -a "list" -d 'List the tenants (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and not __fish_seen_subcommand_from list get create update delete settings default-roles help" -f -a "get" -d 'Show one tenant, by id or name (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and not __fish_seen_subcommand_from list get create update delete settings default-roles help" -f -a "create" -d 'Create a tenant (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and not __fish_seen_subcommand_from list get create update delete settings default-roles help" -f -a "update" -d 'Change a tenant\'s name, self-provisioning domains or custom attributes (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and not __fish_seen_subcommand_from list get create update delete settings default-roles help" -f -a "delete" -d 'Delete tenants (Descope; cannot be undone)'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and not __fish_seen_subcommand_from list get create update delete settings default-roles help" -f -a "settings" -d 'A tenant\'s session and SSO settings (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and not __fish_seen_subcommand_from list get create update delete settings default-roles help" -f -a "default-roles" -d 'Set the project roles a tenant\'s new users get (Descope; none clears them)'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and not __fish_seen_subcommand_from list get create update delete settings default-roles help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from get" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from get" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from get" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from get" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from get" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from get" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from get" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from get" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from get" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from get" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from get" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from get" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l id -d 'Its id (default: Descope mints one)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l domain -d 'A self-provisioning domain (repeatable): users signing in from it join the tenant' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l attr -d 'A custom attribute KEY=VALUE (repeatable)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l name -d 'Its new name' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l domain -d 'Its self-provisioning domains, replacing the ones it has (repeatable)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l attr -d 'Custom attributes KEY=VALUE, replacing the ones it has (repeatable)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from delete" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from delete" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from delete" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from delete" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from delete" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from delete" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from delete" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from delete" -l cascade -d 'Also delete the users who belong to this tenant alone'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from delete" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from delete" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from delete" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from delete" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from delete" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from settings" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from settings" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from settings" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from settings" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from settings" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from settings" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from settings" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from settings" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from settings" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from settings" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from settings" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from settings" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from settings" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from settings" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from settings" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from settings" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from settings" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from settings" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from settings" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from settings" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from settings" -f -a "get" -d 'Show a tenant\'s settings (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from settings" -f -a "set" -d 'Set some of a tenant\'s settings, KEY=VALUE as the API names them (e.g. sessionTokenExpiration=30 enabled=true) (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from settings" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from default-roles" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from default-roles" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from default-roles" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from default-roles" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from default-roles" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from default-roles" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from default-roles" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from default-roles" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from default-roles" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from default-roles" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from default-roles" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from default-roles" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from default-roles" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from default-roles" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from default-roles" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from default-roles" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from default-roles" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from default-roles" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from default-roles" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from default-roles" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the tenants (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one tenant, by id or name (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a tenant (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a tenant\'s name, self-provisioning domains or custom attributes (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete tenants (Descope; cannot be undone)'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from help" -f -a "settings" -d 'A tenant\'s session and SSO settings (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from help" -f -a "default-roles" -d 'Set the project roles a tenant\'s new users get (Descope; none clears them)'
complete -c iamctl -n "__fish_iamctl_using_subcommand tenants; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and not __fish_seen_subcommand_from list get help" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and not __fish_seen_subcommand_from list get help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and not __fish_seen_subcommand_from list get help" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and not __fish_seen_subcommand_from list get help" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and not __fish_seen_subcommand_from list get help" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and not __fish_seen_subcommand_from list get help" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and not __fish_seen_subcommand_from list get help" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and not __fish_seen_subcommand_from list get help" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and not __fish_seen_subcommand_from list get help" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and not __fish_seen_subcommand_from list get help" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and not __fish_seen_subcommand_from list get help" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and not __fish_seen_subcommand_from list get help" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and not __fish_seen_subcommand_from list get help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and not __fish_seen_subcommand_from list get help" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and not __fish_seen_subcommand_from list get help" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and not __fish_seen_subcommand_from list get help" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and not __fish_seen_subcommand_from list get help" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and not __fish_seen_subcommand_from list get help" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and not __fish_seen_subcommand_from list get help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and not __fish_seen_subcommand_from list get help" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and not __fish_seen_subcommand_from list get help" -f -a "list" -d 'List identity providers'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and not __fish_seen_subcommand_from list get help" -f -a "get" -d 'Show one identity provider, by key or name'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and not __fish_seen_subcommand_from list get help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from list" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from list" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from list" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from list" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from list" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from list" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from list" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from get" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from get" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from get" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from get" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from get" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from get" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from get" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from get" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from get" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from get" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from get" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from get" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from help" -f -a "list" -d 'List identity providers'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one identity provider, by key or name'
complete -c iamctl -n "__fish_iamctl_using_subcommand identity-providers; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and not __fish_seen_subcommand_from list get help" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and not __fish_seen_subcommand_from list get help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and not __fish_seen_subcommand_from list get help" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and not __fish_seen_subcommand_from list get help" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and not __fish_seen_subcommand_from list get help" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and not __fish_seen_subcommand_from list get help" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and not __fish_seen_subcommand_from list get help" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and not __fish_seen_subcommand_from list get help" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and not __fish_seen_subcommand_from list get help" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and not __fish_seen_subcommand_from list get help" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and not __fish_seen_subcommand_from list get help" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and not __fish_seen_subcommand_from list get help" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and not __fish_seen_subcommand_from list get help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and not __fish_seen_subcommand_from list get help" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and not __fish_seen_subcommand_from list get help" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and not __fish_seen_subcommand_from list get help" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and not __fish_seen_subcommand_from list get help" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and not __fish_seen_subcommand_from list get help" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and not __fish_seen_subcommand_from list get help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and not __fish_seen_subcommand_from list get help" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and not __fish_seen_subcommand_from list get help" -f -a "list" -d 'List identity providers'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and not __fish_seen_subcommand_from list get help" -f -a "get" -d 'Show one identity provider, by key or name'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and not __fish_seen_subcommand_from list get help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from list" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from list" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from list" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from list" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from list" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from list" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from list" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from get" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from get" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from get" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from get" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from get" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from get" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from get" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from get" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from get" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from get" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from get" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from get" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from help" -f -a "list" -d 'List identity providers'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one identity provider, by key or name'
complete -c iamctl -n "__fish_iamctl_using_subcommand idps; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and not __fish_seen_subcommand_from list get create update delete help" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and not __fish_seen_subcommand_from list get create update delete help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and not __fish_seen_subcommand_from list get create update delete help" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and not __fish_seen_subcommand_from list get create update delete help" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and not __fish_seen_subcommand_from list get create update delete help" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and not __fish_seen_subcommand_from list get create update delete help" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and not __fish_seen_subcommand_from list get create update delete help" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and not __fish_seen_subcommand_from list get create update delete help" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and not __fish_seen_subcommand_from list get create update delete help" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and not __fish_seen_subcommand_from list get create update delete help" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and not __fish_seen_subcommand_from list get create update delete help" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and not __fish_seen_subcommand_from list get create update delete help" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and not __fish_seen_subcommand_from list get create update delete help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and not __fish_seen_subcommand_from list get create update delete help" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and not __fish_seen_subcommand_from list get create update delete help" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and not __fish_seen_subcommand_from list get create update delete help" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and not __fish_seen_subcommand_from list get create update delete help" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and not __fish_seen_subcommand_from list get create update delete help" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and not __fish_seen_subcommand_from list get create update delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and not __fish_seen_subcommand_from list get create update delete help" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and not __fish_seen_subcommand_from list get create update delete help" -f -a "list" -d 'List permissions'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and not __fish_seen_subcommand_from list get create update delete help" -f -a "get" -d 'Show one permission, by key or name'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and not __fish_seen_subcommand_from list get create update delete help" -f -a "create" -d 'Create a permission (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and not __fish_seen_subcommand_from list get create update delete help" -f -a "update" -d 'Rename a permission or change its description (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and not __fish_seen_subcommand_from list get create update delete help" -f -a "delete" -d 'Delete permissions; roles stop granting them (Descope; cannot be undone)'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and not __fish_seen_subcommand_from list get create update delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from list" -s s -l search -d 'Only permissions whose name contains this text' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from list" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from list" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from list" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from list" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from list" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from list" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from list" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from get" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from get" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from get" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from get" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from get" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from get" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from get" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from get" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from get" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from get" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from get" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from get" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from create" -l description -d 'What it allows' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from create" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from create" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from create" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from create" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from create" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from create" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from create" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from create" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from create" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from create" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from create" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from update" -l name -d 'Its new name' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from update" -l description -d 'Its new description' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from update" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from update" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from update" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from update" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from update" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from update" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from update" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from update" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from update" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from update" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from update" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from update" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from update" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from delete" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from delete" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from delete" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from delete" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from delete" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from delete" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from delete" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from delete" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from delete" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from delete" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from delete" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from delete" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from help" -f -a "list" -d 'List permissions'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one permission, by key or name'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a permission (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from help" -f -a "update" -d 'Rename a permission or change its description (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete permissions; roles stop granting them (Descope; cannot be undone)'
complete -c iamctl -n "__fish_iamctl_using_subcommand permissions; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and not __fish_seen_subcommand_from list get create update activate deactivate delete rotate help" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and not __fish_seen_subcommand_from list get create update activate deactivate delete rotate help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and not __fish_seen_subcommand_from list get create update activate deactivate delete rotate help" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and not __fish_seen_subcommand_from list get create update activate deactivate delete rotate help" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and not __fish_seen_subcommand_from list get create update activate deactivate delete rotate help" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and not __fish_seen_subcommand_from list get create update activate deactivate delete rotate help" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and not __fish_seen_subcommand_from list get create update activate deactivate delete rotate help" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and not __fish_seen_subcommand_from list get create update activate deactivate delete rotate help" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and not __fish_seen_subcommand_from list get create update activate deactivate delete rotate help" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and not __fish_seen_subcommand_from list get create update activate deactivate delete rotate help" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and not __fish_seen_subcommand_from list get create update activate deactivate delete rotate help" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and not __fish_seen_subcommand_from list get create update activate deactivate delete rotate help" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and not __fish_seen_subcommand_from list get create update activate deactivate delete rotate help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and not __fish_seen_subcommand_from list get create update activate deactivate delete rotate help" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and not __fish_seen_subcommand_from list get create update activate deactivate delete rotate help" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and not __fish_seen_subcommand_from list get create update activate deactivate delete rotate help" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and not __fish_seen_subcommand_from list get create update activate deactivate delete rotate help" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and not __fish_seen_subcommand_from list get create update activate deactivate delete rotate help" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and not __fish_seen_subcommand_from list get create update activate deactivate delete rotate help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and not __fish_seen_subcommand_from list get create update activate deactivate delete rotate help" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and not __fish_seen_subcommand_from list get create update activate deactivate delete rotate help" -f -a "list" -d 'List the access keys (Descope; never their secrets)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and not __fish_seen_subcommand_from list get create update activate deactivate delete rotate help" -f -a "get" -d 'Show one access key, by id or name (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and not __fish_seen_subcommand_from list get create update activate deactivate delete rotate help" -f -a "create" -d 'Create an access key; its cleartext is printed once, on stdout (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and not __fish_seen_subcommand_from list get create update activate deactivate delete rotate help" -f -a "update" -d 'Rename an access key or change its description (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and not __fish_seen_subcommand_from list get create update activate deactivate delete rotate help" -f -a "activate" -d 'Let an access key be used again (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and not __fish_seen_subcommand_from list get create update activate deactivate delete rotate help" -f -a "deactivate" -d 'Stop an access key from being used (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and not __fish_seen_subcommand_from list get create update activate deactivate delete rotate help" -f -a "delete" -d 'Delete access keys (Descope; cannot be undone)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and not __fish_seen_subcommand_from list get create update activate deactivate delete rotate help" -f -a "rotate" -d 'Give an access key a new secret, printed once on stdout; the old one stops working (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and not __fish_seen_subcommand_from list get create update activate deactivate delete rotate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from list" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from list" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from list" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from list" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from list" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from list" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from list" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from get" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from get" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from get" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from get" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from get" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from get" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from get" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from get" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from get" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from get" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from get" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from get" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from create" -l description -d 'What it is for' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from create" -l expires -d 'When it expires: a date (2027-01-31) or an RFC 3339 time (default: never)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from create" -l role -d 'A project role the key holds (repeatable)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from create" -l tenant -d 'A tenant the key belongs to, TENANT[:ROLE,ROLE] (repeatable)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from create" -l user -d 'The user the key acts as, by login id or user id' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from create" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from create" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from create" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from create" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from create" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from create" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from create" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from create" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from create" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from create" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from create" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from update" -l name -d 'Its new name' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from update" -l description -d 'Its new description' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from update" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from update" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from update" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from update" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from update" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from update" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from update" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from update" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from update" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from update" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from update" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from update" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from update" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from activate" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from activate" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from activate" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from activate" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from activate" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from activate" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from activate" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from activate" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from activate" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from activate" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from activate" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from activate" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from activate" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from activate" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from activate" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from activate" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from activate" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from activate" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from deactivate" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from deactivate" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from deactivate" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from deactivate" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from deactivate" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from deactivate" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from deactivate" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from deactivate" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from deactivate" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from deactivate" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from deactivate" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from deactivate" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from deactivate" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from deactivate" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from deactivate" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from deactivate" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from deactivate" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from deactivate" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from deactivate" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from delete" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from delete" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from delete" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from delete" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from delete" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from delete" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from delete" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from delete" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from delete" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from delete" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from delete" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from delete" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from rotate" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from rotate" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from rotate" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from rotate" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from rotate" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from rotate" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from rotate" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from rotate" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from rotate" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from rotate" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from rotate" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from rotate" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from rotate" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from rotate" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from rotate" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from rotate" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from rotate" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from rotate" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from rotate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from rotate" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the access keys (Descope; never their secrets)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one access key, by id or name (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an access key; its cleartext is printed once, on stdout (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from help" -f -a "update" -d 'Rename an access key or change its description (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Let an access key be used again (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from help" -f -a "deactivate" -d 'Stop an access key from being used (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete access keys (Descope; cannot be undone)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from help" -f -a "rotate" -d 'Give an access key a new secret, printed once on stdout; the old one stops working (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access-keys; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and not __fish_seen_subcommand_from search help" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and not __fish_seen_subcommand_from search help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and not __fish_seen_subcommand_from search help" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and not __fish_seen_subcommand_from search help" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and not __fish_seen_subcommand_from search help" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and not __fish_seen_subcommand_from search help" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and not __fish_seen_subcommand_from search help" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and not __fish_seen_subcommand_from search help" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and not __fish_seen_subcommand_from search help" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and not __fish_seen_subcommand_from search help" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and not __fish_seen_subcommand_from search help" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and not __fish_seen_subcommand_from search help" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and not __fish_seen_subcommand_from search help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and not __fish_seen_subcommand_from search help" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and not __fish_seen_subcommand_from search help" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and not __fish_seen_subcommand_from search help" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and not __fish_seen_subcommand_from search help" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and not __fish_seen_subcommand_from search help" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and not __fish_seen_subcommand_from search help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and not __fish_seen_subcommand_from search help" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and not __fish_seen_subcommand_from search help" -f -a "search" -d 'Search the audit trail (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and not __fish_seen_subcommand_from search help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and __fish_seen_subcommand_from search" -l user -d 'Only events of this user, by login id or user id (repeatable)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and __fish_seen_subcommand_from search" -l action -d 'Only events of this action, e.g. UserCreated (repeatable)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and __fish_seen_subcommand_from search" -l tenant -d 'Only events in this tenant, by id or name (repeatable)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and __fish_seen_subcommand_from search" -l text -d 'Only events containing this text' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and __fish_seen_subcommand_from search" -l since -d 'Events since: an age (7d, 36h), a date or an RFC 3339 time' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and __fish_seen_subcommand_from search" -l until -d 'Events until: an age, a date or an RFC 3339 time' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and __fish_seen_subcommand_from search" -l limit -d 'At most this many events' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and __fish_seen_subcommand_from search" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and __fish_seen_subcommand_from search" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and __fish_seen_subcommand_from search" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and __fish_seen_subcommand_from search" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and __fish_seen_subcommand_from search" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and __fish_seen_subcommand_from search" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and __fish_seen_subcommand_from search" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and __fish_seen_subcommand_from search" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and __fish_seen_subcommand_from search" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and __fish_seen_subcommand_from search" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and __fish_seen_subcommand_from search" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and __fish_seen_subcommand_from search" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and __fish_seen_subcommand_from search" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and __fish_seen_subcommand_from search" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and __fish_seen_subcommand_from search" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and __fish_seen_subcommand_from search" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and __fish_seen_subcommand_from search" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and __fish_seen_subcommand_from search" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and __fish_seen_subcommand_from search" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "search" -d 'Search the audit trail (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and not __fish_seen_subcommand_from list get help" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and not __fish_seen_subcommand_from list get help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and not __fish_seen_subcommand_from list get help" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and not __fish_seen_subcommand_from list get help" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and not __fish_seen_subcommand_from list get help" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and not __fish_seen_subcommand_from list get help" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and not __fish_seen_subcommand_from list get help" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and not __fish_seen_subcommand_from list get help" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and not __fish_seen_subcommand_from list get help" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and not __fish_seen_subcommand_from list get help" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and not __fish_seen_subcommand_from list get help" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and not __fish_seen_subcommand_from list get help" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and not __fish_seen_subcommand_from list get help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and not __fish_seen_subcommand_from list get help" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and not __fish_seen_subcommand_from list get help" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and not __fish_seen_subcommand_from list get help" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and not __fish_seen_subcommand_from list get help" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and not __fish_seen_subcommand_from list get help" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and not __fish_seen_subcommand_from list get help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and not __fish_seen_subcommand_from list get help" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and not __fish_seen_subcommand_from list get help" -f -a "list" -d 'List the SSO applications (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and not __fish_seen_subcommand_from list get help" -f -a "get" -d 'Show one SSO application, by id or name (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and not __fish_seen_subcommand_from list get help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from list" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from list" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from list" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from list" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from list" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from list" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from list" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from get" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from get" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from get" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from get" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from get" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from get" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from get" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from get" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from get" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from get" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from get" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from get" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from get" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the SSO applications (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one SSO application, by id or name (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand sso-apps; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and not __fish_seen_subcommand_from list help" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and not __fish_seen_subcommand_from list help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and not __fish_seen_subcommand_from list help" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and not __fish_seen_subcommand_from list help" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and not __fish_seen_subcommand_from list help" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and not __fish_seen_subcommand_from list help" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and not __fish_seen_subcommand_from list help" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and not __fish_seen_subcommand_from list help" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and not __fish_seen_subcommand_from list help" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and not __fish_seen_subcommand_from list help" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and not __fish_seen_subcommand_from list help" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and not __fish_seen_subcommand_from list help" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and not __fish_seen_subcommand_from list help" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and not __fish_seen_subcommand_from list help" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and not __fish_seen_subcommand_from list help" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List the stages (ODC), in their order'
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and __fish_seen_subcommand_from list" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and __fish_seen_subcommand_from list" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and __fish_seen_subcommand_from list" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and __fish_seen_subcommand_from list" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and __fish_seen_subcommand_from list" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and __fish_seen_subcommand_from list" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and __fish_seen_subcommand_from list" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the stages (ODC), in their order'
complete -c iamctl -n "__fish_iamctl_using_subcommand stages; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and not __fish_seen_subcommand_from list help" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and not __fish_seen_subcommand_from list help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and not __fish_seen_subcommand_from list help" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and not __fish_seen_subcommand_from list help" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and not __fish_seen_subcommand_from list help" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and not __fish_seen_subcommand_from list help" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and not __fish_seen_subcommand_from list help" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and not __fish_seen_subcommand_from list help" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and not __fish_seen_subcommand_from list help" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and not __fish_seen_subcommand_from list help" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and not __fish_seen_subcommand_from list help" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and not __fish_seen_subcommand_from list help" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and not __fish_seen_subcommand_from list help" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and not __fish_seen_subcommand_from list help" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and not __fish_seen_subcommand_from list help" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List the deployed apps (ODC), one row per app and stage'
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and __fish_seen_subcommand_from list" -l stage -d 'Only the apps deployed to this stage (by key or name)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and __fish_seen_subcommand_from list" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and __fish_seen_subcommand_from list" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and __fish_seen_subcommand_from list" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and __fish_seen_subcommand_from list" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and __fish_seen_subcommand_from list" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and __fish_seen_subcommand_from list" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and __fish_seen_subcommand_from list" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the deployed apps (ODC), one row per app and stage'
complete -c iamctl -n "__fish_iamctl_using_subcommand apps; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and not __fish_seen_subcommand_from list help" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and not __fish_seen_subcommand_from list help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and not __fish_seen_subcommand_from list help" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and not __fish_seen_subcommand_from list help" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and not __fish_seen_subcommand_from list help" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and not __fish_seen_subcommand_from list help" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and not __fish_seen_subcommand_from list help" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and not __fish_seen_subcommand_from list help" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and not __fish_seen_subcommand_from list help" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and not __fish_seen_subcommand_from list help" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and not __fish_seen_subcommand_from list help" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and not __fish_seen_subcommand_from list help" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and not __fish_seen_subcommand_from list help" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and not __fish_seen_subcommand_from list help" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and not __fish_seen_subcommand_from list help" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List the portfolios (ODC)'
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and __fish_seen_subcommand_from list" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and __fish_seen_subcommand_from list" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and __fish_seen_subcommand_from list" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and __fish_seen_subcommand_from list" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and __fish_seen_subcommand_from list" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and __fish_seen_subcommand_from list" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and __fish_seen_subcommand_from list" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the portfolios (ODC)'
complete -c iamctl -n "__fish_iamctl_using_subcommand portfolios; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand apply" -s f -l file -d 'The desired state: YAML or JSON (`-` for stdin), `users:` a list of {email, name, active, groups, roles} and the other columns of `users import` (ODC references STAGE/GROUP, APP/STAGE/ROLE, org:ROLE)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand apply" -l app -d 'App (deployed asset) the roles named belong to, by name or key (ODC)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand apply" -l stage -d 'Stage (environment) of the roles named, by name or key, e.g. Production (ODC)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand apply" -l concurrency -d 'Requests in flight at once while reading state and applying' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand apply" -l plan-out -d 'Write the plan, with a fingerprint of each user it touches, to FILE (a saved plan for `apply -f FILE`) and change nothing' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand apply" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand apply" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand apply" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand apply" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand apply" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand apply" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand apply" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand apply" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand apply" -l prune -d 'Also delete the users the file does not list'
complete -c iamctl -n "__fish_iamctl_using_subcommand apply" -l detailed-exitcode -d 'Exit 10 when there are changes (planned with --dry-run, or applied), 0 when none'
complete -c iamctl -n "__fish_iamctl_using_subcommand apply" -l org -d 'Organization roles instead of application roles (ODC)'
complete -c iamctl -n "__fish_iamctl_using_subcommand apply" -l skip-changed -d 'A saved plan whose users changed since it was made: apply it to the others, the changed ones skipped (without it, nothing is applied)'
complete -c iamctl -n "__fish_iamctl_using_subcommand apply" -l replan -d 'A saved plan: plan again from the platform as it is now, ignoring its fingerprints'
complete -c iamctl -n "__fish_iamctl_using_subcommand apply" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand apply" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand apply" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand apply" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand apply" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand apply" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand apply" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand apply" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand apply" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand apply" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand apply" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and not __fish_seen_subcommand_from report holders help" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and not __fish_seen_subcommand_from report holders help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and not __fish_seen_subcommand_from report holders help" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and not __fish_seen_subcommand_from report holders help" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and not __fish_seen_subcommand_from report holders help" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and not __fish_seen_subcommand_from report holders help" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and not __fish_seen_subcommand_from report holders help" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and not __fish_seen_subcommand_from report holders help" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and not __fish_seen_subcommand_from report holders help" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and not __fish_seen_subcommand_from report holders help" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and not __fish_seen_subcommand_from report holders help" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and not __fish_seen_subcommand_from report holders help" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and not __fish_seen_subcommand_from report holders help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and not __fish_seen_subcommand_from report holders help" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and not __fish_seen_subcommand_from report holders help" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and not __fish_seen_subcommand_from report holders help" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and not __fish_seen_subcommand_from report holders help" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and not __fish_seen_subcommand_from report holders help" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and not __fish_seen_subcommand_from report holders help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and not __fish_seen_subcommand_from report holders help" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and not __fish_seen_subcommand_from report holders help" -f -a "report" -d 'Every user\'s groups, roles and tenants, one row per (user, role, scope, source), streamed'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and not __fish_seen_subcommand_from report holders help" -f -a "holders" -d 'Who holds one role, in which app/stage or tenant, and through what (direct, group G)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and not __fish_seen_subcommand_from report holders help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from report" -l role -d 'Only rows of this role, by name or key' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from report" -l app -d 'Only application roles of this app, by name or key (ODC)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from report" -l stage -d 'Only groups and application roles of this stage, by name or key (ODC)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from report" -l group -d 'Only this group: its members, and the roles it grants them (ODC, Valuekeep)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from report" -l tenant -d 'Only this tenant: its members, and their roles in it, by id or name (Descope)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from report" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from report" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from report" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from report" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from report" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from report" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from report" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from report" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from report" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from report" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from report" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from report" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from report" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from report" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from report" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from report" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from report" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from report" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from report" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from holders" -l app -d 'App (deployed asset) the roles named belong to, by name or key (ODC)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from holders" -l stage -d 'Stage (environment) of the roles named, by name or key, e.g. Production (ODC)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from holders" -l tenant -d 'Only its holders within this tenant, by id or name (Descope)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from holders" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from holders" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from holders" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from holders" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from holders" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from holders" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from holders" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from holders" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from holders" -l org -d 'Organization roles instead of application roles (ODC)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from holders" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from holders" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from holders" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from holders" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from holders" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from holders" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from holders" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from holders" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from holders" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from holders" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from holders" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from holders" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "report" -d 'Every user\'s groups, roles and tenants, one row per (user, role, scope, source), streamed'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "holders" -d 'Who holds one role, in which app/stage or tenant, and through what (direct, group G)'
complete -c iamctl -n "__fish_iamctl_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand diff" -l from -d 'The profile to compare with (the source of truth); the profile the command runs against (-p) is the one that differs, and the one `apply` would change' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand diff" -l from-stage -d 'ODC: compare the groups and application roles held in this stage (of --from, else of this profile; name or key) with those held in --to-stage, as a plan that makes --to-stage match' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand diff" -l to-stage -d 'ODC: the stage that would change (with --from-stage; name or key)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand diff" -l plan -d 'Write the differences as an `apply` file: YAML, or JSON when FILE ends in .json (`-`: stdout)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand diff" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand diff" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand diff" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand diff" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand diff" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand diff" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand diff" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand diff" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand diff" -l prune -d 'Also show the users only here as deletions, and write a plan for `apply --prune`'
complete -c iamctl -n "__fish_iamctl_using_subcommand diff" -l detailed-exitcode -d 'Exit 10 when there are differences, 0 when none'
complete -c iamctl -n "__fish_iamctl_using_subcommand diff" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand diff" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand diff" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand diff" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand diff" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand diff" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand diff" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand diff" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand diff" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand diff" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand diff" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand history" -l since -d 'Only runs since this long ago (36h, 7d, 12w), this date (2026-01-31) or this time (RFC 3339)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand history" -l user -d 'Only runs that changed this user (key, e-mail or login id as given)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand history" -s L -l limit -d 'At most this many runs' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand history" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand history" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand history" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand history" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand history" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand history" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand history" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand history" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand history" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand history" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand history" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand history" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand history" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand history" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand history" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand history" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand history" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand history" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand history" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand undo" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand undo" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand undo" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand undo" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand undo" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand undo" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand undo" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand undo" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand undo" -l force -d 'Change targets that were changed again since the run, too'
complete -c iamctl -n "__fish_iamctl_using_subcommand undo" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand undo" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand undo" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand undo" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand undo" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand undo" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand undo" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand undo" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand undo" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand undo" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand undo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand undo" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove test help" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove test help" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove test help" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove test help" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove test help" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove test help" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove test help" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove test help" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove test help" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove test help" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove test help" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove test help" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove test help" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove test help" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove test help" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove test help" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove test help" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove test help" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove test help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove test help" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove test help" -f -a "add" -d 'Add or replace a profile; its secret goes to the OS keyring'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove test help" -f -a "list" -d 'List profiles'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove test help" -f -a "show" -d 'Show a profile (the selected one by default)'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove test help" -f -a "use" -d 'Make a profile the default'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove test help" -f -a "remove" -d 'Remove a profile and its keyring secret'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove test help" -f -a "test" -d 'Fetch a token and make one cheap call; say what worked (--deep: check iamctl\'s unconfirmed assumptions against the tenant, read-only)'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove test help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l kind -d 'Platform' -r -f -a "odc\t'OutSystems Developer Cloud'
valuekeep\t'Cegid Valuekeep'
descope\t'Descope'"
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l portal -d 'ODC portal domain, e.g. acme.outsystems.app' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l client-id -d 'OAuth client id of the API client' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l base-url -d 'Valuekeep, Descope: the API\'s base URL' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l tenant -d 'Valuekeep: tenant key' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l org -d 'Valuekeep: organization key' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l token-url -d 'Valuekeep: OAuth token URL (default: the PRIMAVERA identity server\'s /connect/token)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l scope -d 'Valuekeep: OAuth scope (default: application)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l client-auth -d 'Valuekeep: how the client authenticates to the token URL: basic or post (default)' -r -f -a "basic\t''
post\t''"
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l project-id -d 'Descope: the project ID' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l secret -d 'Where the secret lives: keyring, env:VAR, or cmd:COMMAND (run without a shell)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l client-secret-stdin -d 'Read the client secret (Descope: the management key) from stdin, for the keyring'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l skip-test -d 'Save without trying the credentials first (the guided setup tries them, and saves a profile that failed only when told to)'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l default -d 'Make it the default profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from test" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from test" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from test" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from test" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from test" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from test" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from test" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from test" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from test" -l deep -d 'Check each assumption iamctl makes where the vendor\'s documents are silent against this tenant: GETs and searches only, never a write, at most 10 requests. Prints assumption, assumed, observed and a verdict (held, differs, could not tell), and keeps the findings for the profile (`observed/<profile>.json` in the config directory), which later commands adapt to. Exits 0 when the probe ran, also when some assumptions differ; `-o json` is a report with shapes and flags only, fit to attach to a bug report'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from test" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from test" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from test" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from test" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from test" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from test" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from test" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from test" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from test" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from test" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from test" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add or replace a profile; its secret goes to the OS keyring'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List profiles'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a profile (the selected one by default)'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the default'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a profile and its keyring secret'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "test" -d 'Fetch a token and make one cheap call; say what worked (--deep: check iamctl\'s unconfirmed assumptions against the tenant, read-only)'
complete -c iamctl -n "__fish_iamctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand api" -s d -l data -d 'JSON body: inline, `@FILE`, or `-` for stdin' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand api" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand api" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand api" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand api" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand api" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand api" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand api" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand api" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand api" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand api" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand api" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand api" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand api" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand api" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand api" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand api" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand api" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand api" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand api" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand api" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -l port -d 'Port to listen on (0 picks a free one)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -l client-id -d 'OAuth client id the token endpoint accepts' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -l client-secret -d 'OAuth client secret the token endpoint accepts (default `sandbox-secret`). On the command line it shows in `ps`: prefer IAMCTL_SANDBOX_CLIENT_SECRET or --client-secret-file' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -l client-secret-file -d 'Read the OAuth client secret from FILE (its first line); wins over --client-secret and the environment' -r -F
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -l token-ttl -d 'Lifetime of issued access tokens, in seconds (at most a year)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -l seed-users -d 'Seed this many deterministic fake users (plus a small fixed world); at most 1,000,000' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -l fail-rate -d 'Fraction (0..1) of API calls answered 503 or 429 with Retry-After' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -l fault-seed -d 'Seed the random choices of --fail-rate (which calls fail, 503 or 429): the same seed gives the same sequence of fault decisions (concurrent requests may take them in a different order). Default: a new seed every run' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -l latency-ms -d 'Delay added to every response, in milliseconds (0 to 600000: ten minutes)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -l rate-limit -d 'Token-bucket limit on the API calls of every platform (ODC, Valuekeep, Descope), requests per second (429 beyond); from 0.01 to 1,000,000' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -l rate-window -d 'Length of the vendor-limit window in seconds (fractions allowed)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -l state -d 'Load state from FILE at start (if it exists) and save it on exit' -r -F
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -l descope-project-id -d 'Descope project ID the management routes accept' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -l descope-management-key -d 'Descope management key the management routes accept (default: the built-in `sandbox-descope` profile\'s). On the command line it shows in `ps`: prefer IAMCTL_SANDBOX_MANAGEMENT_KEY or --descope-management-key-file' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -l descope-management-key-file -d 'Read the Descope management key from FILE (its first line); wins over --descope-management-key and the environment' -r -F
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -l variant -d 'Answer in other shapes the vendors\' documents allow, comma-separated: odc-no-total, odc-no-expires-in, vk-no-expires-in, vk-status-names, vk-relative-links, vk-no-count, vk-no-skip, descope-no-total (rehearse `profile test --deep` and the client\'s second paths)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -l bulk-shuffle-seed -d 'ODC: answer bulk operations\' records in an order shuffled with seed N (ODC\'s spec promises no order), to rehearse clients that must match records by identity' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -l vendor-limits -d 'Enforce the vendors\' published limits: ODC\'s per organization (100/window per API, 5 bulk), Descope\'s per project (100 creates, 200 searches and 200 updates per window; 429 E130429 with Retry-After)'
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand sandbox" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand completions" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand completions" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand completions" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand completions" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand completions" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand completions" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand completions" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand completions" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand completions" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand completions" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand completions" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand completions" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand completions" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand completions" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand completions" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand completions" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand completions" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand environment" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand environment" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand environment" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand environment" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand environment" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand environment" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand environment" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand environment" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand environment" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand environment" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand environment" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand environment" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand environment" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand environment" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand environment" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand environment" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand environment" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand environment" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand environment" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand environment" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand commands" -l splice -d 'Rewrite FILE\'s per-platform verb table between the `<!-- commands:platforms -->` markers (scripts/gen-docs.sh)' -r -F
complete -c iamctl -n "__fish_iamctl_using_subcommand commands" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand commands" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand commands" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand commands" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand commands" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand commands" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand commands" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand commands" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand commands" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand commands" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand commands" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand commands" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand commands" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand commands" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand commands" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand commands" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand commands" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand commands" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand commands" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand commands" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand man" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand man" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand man" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand man" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand man" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand man" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand man" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand man" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand man" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand man" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand man" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand man" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand man" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand man" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand man" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand man" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand man" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand man" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand man" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand assumptions" -l splice -d 'Rewrite FILE\'s lists between `<!-- assumptions:PLATFORM -->` markers' -r -F
complete -c iamctl -n "__fish_iamctl_using_subcommand assumptions" -s p -l profile -d 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand assumptions" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''
tsv\t'Tab-separated, one record a line, no quoting: tabs, newlines and backslashes in values are written `\\t`, `\\n`, `\\\\` (for cut/awk)'
html\t'A self-contained HTML page (sortable, filterable; access report, access holders, users access, diff)'
markdown\t'GitHub-flavoured Markdown tables (the same reports, and apply --dry-run plans), to paste in a pull request or ticket'"
complete -c iamctl -n "__fish_iamctl_using_subcommand assumptions" -l fields -d 'Only these fields (JSON field names, comma-separated)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand assumptions" -l jq -d 'Filter JSON output through a jq expression' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand assumptions" -l timeout -d 'Seconds before one HTTP request times out' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand assumptions" -l max-wait -d 'Longest total time to spend waiting on retries (rate limits, 5xx) per request' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand assumptions" -l rate -d 'Client-side request budget per rate window, overriding the platform\'s published limit (0 = no pacing)' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand assumptions" -l rate-window -d 'Length in seconds of the platform\'s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`' -r
complete -c iamctl -n "__fish_iamctl_using_subcommand assumptions" -l all-profiles -d 'Run the command on every configured profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand assumptions" -l fail-fast -d 'With several profiles: stop at the first that fails'
complete -c iamctl -n "__fish_iamctl_using_subcommand assumptions" -l wide -d 'Tables: every column, keys included, whatever the terminal\'s width'
complete -c iamctl -n "__fish_iamctl_using_subcommand assumptions" -l no-input -d 'Never prompt; fail instead when input is missing'
complete -c iamctl -n "__fish_iamctl_using_subcommand assumptions" -s y -l yes -d 'Answer yes to confirmations (required for destructive commands without a terminal)'
complete -c iamctl -n "__fish_iamctl_using_subcommand assumptions" -l dry-run -d 'Print the requests a mutating command would send, and send none'
complete -c iamctl -n "__fish_iamctl_using_subcommand assumptions" -s q -l quiet -d 'Say less on stderr'
complete -c iamctl -n "__fish_iamctl_using_subcommand assumptions" -s v -l verbose -d 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted'
complete -c iamctl -n "__fish_iamctl_using_subcommand assumptions" -l refresh -d 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes'
complete -c iamctl -n "__fish_iamctl_using_subcommand assumptions" -l no-journal -d 'Keep no journal of this run\'s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it'
complete -c iamctl -n "__fish_iamctl_using_subcommand assumptions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c iamctl -n "__fish_iamctl_using_subcommand assumptions" -s V -l version -d 'Print version'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and not __fish_seen_subcommand_from users groups roles tenants identity-providers permissions access-keys audit sso-apps stages apps portfolios apply access diff history undo profile api sandbox completions environment commands man assumptions help" -f -a "users" -d 'Users: list, get, count, access, copy-access, lifecycle, create, invite, delete, set, patch, import, export, memberships, passwords, SSO apps'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and not __fish_seen_subcommand_from users groups roles tenants identity-providers permissions access-keys audit sso-apps stages apps portfolios apply access diff history undo profile api sandbox completions environment commands man assumptions help" -f -a "groups" -d 'Groups: list, get, create, update, delete, members, the roles a group grants, claim mappings'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and not __fish_seen_subcommand_from users groups roles tenants identity-providers permissions access-keys audit sso-apps stages apps portfolios apply access diff history undo profile api sandbox completions environment commands man assumptions help" -f -a "roles" -d 'Roles: list, get, create, update, delete, their users, their permissions'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and not __fish_seen_subcommand_from users groups roles tenants identity-providers permissions access-keys audit sso-apps stages apps portfolios apply access diff history undo profile api sandbox completions environment commands man assumptions help" -f -a "tenants" -d 'Tenants: list, get, create, update, delete, settings, default roles (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and not __fish_seen_subcommand_from users groups roles tenants identity-providers permissions access-keys audit sso-apps stages apps portfolios apply access diff history undo profile api sandbox completions environment commands man assumptions help" -f -a "identity-providers" -d 'Identity providers: where users sign in from (ODC, read-only)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and not __fish_seen_subcommand_from users groups roles tenants identity-providers permissions access-keys audit sso-apps stages apps portfolios apply access diff history undo profile api sandbox completions environment commands man assumptions help" -f -a "permissions" -d 'Permissions: what roles are made of (ODC: read-only; Descope: create, update, delete)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and not __fish_seen_subcommand_from users groups roles tenants identity-providers permissions access-keys audit sso-apps stages apps portfolios apply access diff history undo profile api sandbox completions environment commands man assumptions help" -f -a "access-keys" -d 'Access keys: list, get, create (cleartext shown once), update, activate, deactivate, delete (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and not __fish_seen_subcommand_from users groups roles tenants identity-providers permissions access-keys audit sso-apps stages apps portfolios apply access diff history undo profile api sandbox completions environment commands man assumptions help" -f -a "audit" -d 'Audit trail: search it (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and not __fish_seen_subcommand_from users groups roles tenants identity-providers permissions access-keys audit sso-apps stages apps portfolios apply access diff history undo profile api sandbox completions environment commands man assumptions help" -f -a "sso-apps" -d 'SSO applications: list and show them (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and not __fish_seen_subcommand_from users groups roles tenants identity-providers permissions access-keys audit sso-apps stages apps portfolios apply access diff history undo profile api sandbox completions environment commands man assumptions help" -f -a "stages" -d 'Stages: list them (ODC)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and not __fish_seen_subcommand_from users groups roles tenants identity-providers permissions access-keys audit sso-apps stages apps portfolios apply access diff history undo profile api sandbox completions environment commands man assumptions help" -f -a "apps" -d 'Apps: list the deployed apps and their stages (ODC)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and not __fish_seen_subcommand_from users groups roles tenants identity-providers permissions access-keys audit sso-apps stages apps portfolios apply access diff history undo profile api sandbox completions environment commands man assumptions help" -f -a "portfolios" -d 'Portfolios: list them (ODC)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and not __fish_seen_subcommand_from users groups roles tenants identity-providers permissions access-keys audit sso-apps stages apps portfolios apply access diff history undo profile api sandbox completions environment commands man assumptions help" -f -a "apply" -d 'Make users, their groups and roles match a YAML/JSON file (plan, then --yes)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and not __fish_seen_subcommand_from users groups roles tenants identity-providers permissions access-keys audit sso-apps stages apps portfolios apply access diff history undo profile api sandbox completions environment commands man assumptions help" -f -a "access" -d 'Access review of the whole tenant: every user\'s access with its source, a role\'s holders'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and not __fish_seen_subcommand_from users groups roles tenants identity-providers permissions access-keys audit sso-apps stages apps portfolios apply access diff history undo profile api sandbox completions environment commands man assumptions help" -f -a "diff" -d 'Compare another profile\'s users and access with this one\'s, as a plan `apply` takes'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and not __fish_seen_subcommand_from users groups roles tenants identity-providers permissions access-keys audit sso-apps stages apps portfolios apply access diff history undo profile api sandbox completions environment commands man assumptions help" -f -a "history" -d 'The runs that wrote, as the journal kept them for the profile'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and not __fish_seen_subcommand_from users groups roles tenants identity-providers permissions access-keys audit sso-apps stages apps portfolios apply access diff history undo profile api sandbox completions environment commands man assumptions help" -f -a "undo" -d 'Undo a run of the journal (default: the profile\'s last), after checking nothing changed since'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and not __fish_seen_subcommand_from users groups roles tenants identity-providers permissions access-keys audit sso-apps stages apps portfolios apply access diff history undo profile api sandbox completions environment commands man assumptions help" -f -a "profile" -d 'Profiles: where a platform is and how to authenticate to it'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and not __fish_seen_subcommand_from users groups roles tenants identity-providers permissions access-keys audit sso-apps stages apps portfolios apply access diff history undo profile api sandbox completions environment commands man assumptions help" -f -a "api" -d 'Make an authenticated raw API call (like `gh api`)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and not __fish_seen_subcommand_from users groups roles tenants identity-providers permissions access-keys audit sso-apps stages apps portfolios apply access diff history undo profile api sandbox completions environment commands man assumptions help" -f -a "sandbox" -d 'Serve a local, stateful emulator of the vendors\' APIs on 127.0.0.1'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and not __fish_seen_subcommand_from users groups roles tenants identity-providers permissions access-keys audit sso-apps stages apps portfolios apply access diff history undo profile api sandbox completions environment commands man assumptions help" -f -a "completions" -d 'Print a shell completion script'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and not __fish_seen_subcommand_from users groups roles tenants identity-providers permissions access-keys audit sso-apps stages apps portfolios apply access diff history undo profile api sandbox completions environment commands man assumptions help" -f -a "environment" -d 'The environment variables iamctl reads, and which wins'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and not __fish_seen_subcommand_from users groups roles tenants identity-providers permissions access-keys audit sso-apps stages apps portfolios apply access diff history undo profile api sandbox completions environment commands man assumptions help" -f -a "commands" -d 'Every command with its arguments, flags, platforms and exit codes (for programs: -o json)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and not __fish_seen_subcommand_from users groups roles tenants identity-providers permissions access-keys audit sso-apps stages apps portfolios apply access diff history undo profile api sandbox completions environment commands man assumptions help" -f -a "man" -d 'Write the man pages into a directory'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and not __fish_seen_subcommand_from users groups roles tenants identity-providers permissions access-keys audit sso-apps stages apps portfolios apply access diff history undo profile api sandbox completions environment commands man assumptions help" -f -a "assumptions" -d 'The unconfirmed vendor behaviours as Markdown (the README\'s lists)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and not __fish_seen_subcommand_from users groups roles tenants identity-providers permissions access-keys audit sso-apps stages apps portfolios apply access diff history undo profile api sandbox completions environment commands man assumptions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "list" -d 'List users (one page by default; --all for every user, streamed)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "get" -d 'Show one user, by key or e-mail'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "count" -d 'How many users match, in one request'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "access" -d 'Every group, role and tenant a user holds, and where each comes from'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "copy-access" -d 'Give a user the groups, roles and tenants another holds directly (plan first; nothing is taken away)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "lifecycle" -d 'Deactivate, reactivate, delete or set an attribute of many users at once, from a file or stdin, with per-user results and --resume'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "create" -d 'Create a user'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "invite" -d 'Invite a user (ODC: created Invited in the built-in identity provider; Descope: created and sent an invitation; Valuekeep: sendInvitation)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "delete" -d 'Delete users, by key or e-mail (cannot be undone)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "import" -d 'Create users from a CSV, JSON or NDJSON file, with per-row results'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "export" -d 'Write every user in the columns `users import` reads (CSV, JSON, NDJSON)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "set" -d 'Set one attribute: name, active, photo-url... (ATTR below lists each platform\'s)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "patch" -d 'Change several attributes at once; sends only what is given'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "picture" -d 'Download a user\'s picture (Valuekeep)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "groups" -d 'A user\'s group memberships'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "roles" -d 'A user\'s application roles (or organization roles with --org)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "tenants" -d 'Descope: the tenants a user belongs to'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "logout" -d 'Descope: end every session of a user'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "password" -d 'Descope: expire a user\'s password, or set a temporary or active one'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "delete-test-users" -d 'Descope: delete every test user of the project (cannot be undone)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "sso-apps" -d 'Descope: the SSO apps a user may sign in to'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "credentials" -d 'Descope: remove a user\'s TOTP seed, passkeys or recovery codes (a lost device)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "history" -d 'Descope: the users\' sign-in history'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "list" -d 'List groups'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "get" -d 'Show one group, by key or name'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "create" -d 'Create a group in a stage'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "delete" -d 'Delete groups, by key or name'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "members" -d 'List a group\'s members'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "update" -d 'Rename a group or change its description (ODC, Valuekeep)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "roles" -d 'The application roles a group grants its members (ODC)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "set" -d 'Set one attribute of a group: name, email, description, key, active (Valuekeep)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "add-members" -d 'Put users in a group, in one request (Valuekeep)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "remove-members" -d 'Take users out of a group, in one request (Valuekeep)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "claim-mappings" -d 'The identity-provider claims that make users members (ODC)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from roles" -f -a "list" -d 'List application roles (or organization roles with --org)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from roles" -f -a "get" -d 'Show one role, by key or name (ODC: application roles with --app and --stage, or --org)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from roles" -f -a "users" -d 'List the users who hold a role'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from roles" -f -a "create" -d 'Create a role (ODC: an organization role, with --org; Valuekeep: NAME is its description)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from roles" -f -a "update" -d 'Rename a role (ODC: an organization role, with --org; Valuekeep: its description)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from roles" -f -a "delete" -d 'Delete roles (ODC: organization roles, with --org; cannot be undone)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from roles" -f -a "set" -d 'Set one attribute of a role: description, localizable-description, key, active, administration, default, internal (Valuekeep)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from roles" -f -a "add-users" -d 'Give a role to users, in one request (Valuekeep)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from roles" -f -a "remove-users" -d 'Take a role from users, in one request (Valuekeep)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from roles" -f -a "permissions" -d 'The permissions an organization role grants (ODC, with --org)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from tenants" -f -a "list" -d 'List the tenants (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from tenants" -f -a "get" -d 'Show one tenant, by id or name (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from tenants" -f -a "create" -d 'Create a tenant (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from tenants" -f -a "update" -d 'Change a tenant\'s name, self-provisioning domains or custom attributes (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from tenants" -f -a "delete" -d 'Delete tenants (Descope; cannot be undone)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from tenants" -f -a "settings" -d 'A tenant\'s session and SSO settings (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from tenants" -f -a "default-roles" -d 'Set the project roles a tenant\'s new users get (Descope; none clears them)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from identity-providers" -f -a "list" -d 'List identity providers'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from identity-providers" -f -a "get" -d 'Show one identity provider, by key or name'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from permissions" -f -a "list" -d 'List permissions'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from permissions" -f -a "get" -d 'Show one permission, by key or name'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from permissions" -f -a "create" -d 'Create a permission (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from permissions" -f -a "update" -d 'Rename a permission or change its description (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from permissions" -f -a "delete" -d 'Delete permissions; roles stop granting them (Descope; cannot be undone)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from access-keys" -f -a "list" -d 'List the access keys (Descope; never their secrets)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from access-keys" -f -a "get" -d 'Show one access key, by id or name (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from access-keys" -f -a "create" -d 'Create an access key; its cleartext is printed once, on stdout (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from access-keys" -f -a "update" -d 'Rename an access key or change its description (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from access-keys" -f -a "activate" -d 'Let an access key be used again (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from access-keys" -f -a "deactivate" -d 'Stop an access key from being used (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from access-keys" -f -a "delete" -d 'Delete access keys (Descope; cannot be undone)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from access-keys" -f -a "rotate" -d 'Give an access key a new secret, printed once on stdout; the old one stops working (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "search" -d 'Search the audit trail (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from sso-apps" -f -a "list" -d 'List the SSO applications (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from sso-apps" -f -a "get" -d 'Show one SSO application, by id or name (Descope)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from stages" -f -a "list" -d 'List the stages (ODC), in their order'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from apps" -f -a "list" -d 'List the deployed apps (ODC), one row per app and stage'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from portfolios" -f -a "list" -d 'List the portfolios (ODC)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "report" -d 'Every user\'s groups, roles and tenants, one row per (user, role, scope, source), streamed'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "holders" -d 'Who holds one role, in which app/stage or tenant, and through what (direct, group G)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "add" -d 'Add or replace a profile; its secret goes to the OS keyring'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List profiles'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "show" -d 'Show a profile (the selected one by default)'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "use" -d 'Make a profile the default'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "remove" -d 'Remove a profile and its keyring secret'
complete -c iamctl -n "__fish_iamctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "test" -d 'Fetch a token and make one cheap call; say what worked (--deep: check iamctl\'s unconfirmed assumptions against the tenant, read-only)'
