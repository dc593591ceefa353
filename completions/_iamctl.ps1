
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'iamctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'iamctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'iamctl' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Users: list, get, count, access, copy-access, lifecycle, create, invite, delete, set, patch, import, export, memberships, passwords, SSO apps')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Groups: list, get, create, update, delete, members, the roles a group grants, claim mappings')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'Roles: list, get, create, update, delete, their users, their permissions')
            [CompletionResult]::new('tenants', 'tenants', [CompletionResultType]::ParameterValue, 'Tenants: list, get, create, update, delete, settings, default roles (Descope)')
            [CompletionResult]::new('identity-providers', 'identity-providers', [CompletionResultType]::ParameterValue, 'Identity providers: where users sign in from (ODC, read-only)')
            [CompletionResult]::new('idps', 'idps', [CompletionResultType]::ParameterValue, 'Identity providers: where users sign in from (ODC, read-only)')
            [CompletionResult]::new('permissions', 'permissions', [CompletionResultType]::ParameterValue, 'Permissions: what roles are made of (ODC: read-only; Descope: create, update, delete)')
            [CompletionResult]::new('access-keys', 'access-keys', [CompletionResultType]::ParameterValue, 'Access keys: list, get, create (cleartext shown once), update, activate, deactivate, delete (Descope)')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Audit trail: search it (Descope)')
            [CompletionResult]::new('sso-apps', 'sso-apps', [CompletionResultType]::ParameterValue, 'SSO applications: list and show them (Descope)')
            [CompletionResult]::new('stages', 'stages', [CompletionResultType]::ParameterValue, 'Stages: list them (ODC)')
            [CompletionResult]::new('apps', 'apps', [CompletionResultType]::ParameterValue, 'Apps: list the deployed apps and their stages (ODC)')
            [CompletionResult]::new('portfolios', 'portfolios', [CompletionResultType]::ParameterValue, 'Portfolios: list them (ODC)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make users, their groups and roles match a YAML/JSON file (plan, then --yes)')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Access review of the whole tenant: every user''s access with its source, a role''s holders')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare another profile''s users and access with this one''s, as a plan `apply` takes')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'The runs that wrote, as the journal kept them for the profile')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Undo a run of the journal (default: the profile''s last), after checking nothing changed since')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Profiles: where a platform is and how to authenticate to it')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Make an authenticated raw API call (like `gh api`)')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Serve a local, stateful emulator of the vendors'' APIs on 127.0.0.1')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('environment', 'environment', [CompletionResultType]::ParameterValue, 'The environment variables iamctl reads, and which wins')
            [CompletionResult]::new('commands', 'commands', [CompletionResultType]::ParameterValue, 'Every command with its arguments, flags, platforms and exit codes (for programs: -o json)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write the man pages into a directory')
            [CompletionResult]::new('assumptions', 'assumptions', [CompletionResultType]::ParameterValue, 'The unconfirmed vendor behaviours as Markdown (the README''s lists)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;users' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users (one page by default; --all for every user, streamed)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one user, by key or e-mail')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'How many users match, in one request')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Every group, role and tenant a user holds, and where each comes from')
            [CompletionResult]::new('copy-access', 'copy-access', [CompletionResultType]::ParameterValue, 'Give a user the groups, roles and tenants another holds directly (plan first; nothing is taken away)')
            [CompletionResult]::new('lifecycle', 'lifecycle', [CompletionResultType]::ParameterValue, 'Deactivate, reactivate, delete or set an attribute of many users at once, from a file or stdin, with per-user results and --resume')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite a user (ODC: created Invited in the built-in identity provider; Descope: created and sent an invitation; Valuekeep: sendInvitation)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete users, by key or e-mail (cannot be undone)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create users from a CSV, JSON or NDJSON file, with per-row results')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write every user in the columns `users import` reads (CSV, JSON, NDJSON)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one attribute: name, active, photo-url... (ATTR below lists each platform''s)')
            [CompletionResult]::new('patch', 'patch', [CompletionResultType]::ParameterValue, 'Change several attributes at once; sends only what is given')
            [CompletionResult]::new('picture', 'picture', [CompletionResultType]::ParameterValue, 'Download a user''s picture (Valuekeep)')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'A user''s group memberships')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'A user''s application roles (or organization roles with --org)')
            [CompletionResult]::new('tenants', 'tenants', [CompletionResultType]::ParameterValue, 'Descope: the tenants a user belongs to')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Descope: end every session of a user')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Descope: expire a user''s password, or set a temporary or active one')
            [CompletionResult]::new('delete-test-users', 'delete-test-users', [CompletionResultType]::ParameterValue, 'Descope: delete every test user of the project (cannot be undone)')
            [CompletionResult]::new('sso-apps', 'sso-apps', [CompletionResultType]::ParameterValue, 'Descope: the SSO apps a user may sign in to')
            [CompletionResult]::new('credentials', 'credentials', [CompletionResultType]::ParameterValue, 'Descope: remove a user''s TOTP seed, passkeys or recovery codes (a lost device)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Descope: the users'' sign-in history')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;users;list' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only users whose name, e-mail or username contains this text')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only users whose name, e-mail or username contains this text')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only users with this status: active, inactive, invited (ODC also pending-registration; Valuekeep and Descope invitation-expired). The platform''s own names work too')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by a field: key, name, email, status, last-login (Valuekeep also active, technician, id; Descope also phone, created; the platform''s own field names work too); prefix `-` for descending')
            [CompletionResult]::new('--last-login-before', '--last-login-before', [CompletionResultType]::ParameterName, 'Users whose last login is before WHEN: an age (90d, 12w, 36h), a date (2026-01-31) or an RFC 3339 time; users who never logged in are not among them (see --never-logged-in). Filtered by the server on ODC and Valuekeep')
            [CompletionResult]::new('--last-login-after', '--last-login-after', [CompletionResultType]::ParameterName, 'Users whose last login is on or after WHEN (as --last-login-before; ODC, filtered by the server)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Users of this e-mail domain (repeatable; ODC)')
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Users holding roles in this stage, by name or key (ODC)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Users holding roles in this app, by name or key (ODC)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Only these users, by key (repeatable, at most 20; ODC)')
            [CompletionResult]::new('--portfolio', '--portfolio', [CompletionResultType]::ParameterName, 'Users holding roles in this portfolio, by name or key (ODC)')
            [CompletionResult]::new('--logged-in-stage', '--logged-in-stage', [CompletionResultType]::ParameterName, 'Users who logged in to this stage, by name or key (repeatable; ODC; with --last-login-before/after, the dates apply to that stage)')
            [CompletionResult]::new('--logged-in-portfolio', '--logged-in-portfolio', [CompletionResultType]::ParameterName, 'Users who logged in to any stage of this portfolio, by name or key (repeatable; ODC)')
            [CompletionResult]::new('--embed', '--embed', [CompletionResultType]::ParameterName, 'Add to each user: app-roles (their application roles), identity-providers (where they sign in); comma-separated (ODC, shown with -o json)')
            [CompletionResult]::new('--invited-before', '--invited-before', [CompletionResultType]::ParameterName, 'Invited users whose invitation is older than WHEN (as --last-login-before): the status is filtered by the server, the date here, page by page. Valuekeep and Descope, taking the record''s creation time for the invitation''s; ODC''s records carry no such date. Expired invitations: --status invitation-expired')
            [CompletionResult]::new('-L', '-L ', [CompletionResultType]::ParameterName, 'Show at most this many users')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many users')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'An OData $filter expression, passed through (Valuekeep)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only users with this role (repeatable; Descope)')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Only users in this tenant (repeatable; Descope)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Only users with this e-mail (repeatable; Descope)')
            [CompletionResult]::new('--created-after', '--created-after', [CompletionResultType]::ParameterName, 'Users created on or after WHEN: an age (30d), a date or an RFC 3339 time (Descope, filtered by the server)')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Users created before WHEN (as --created-after; Descope)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--has-org-roles', '--has-org-roles', [CompletionResultType]::ParameterName, 'Users holding at least one organization role (ODC)')
            [CompletionResult]::new('--has-app-roles', '--has-app-roles', [CompletionResultType]::ParameterName, 'Users holding at least one application role (ODC)')
            [CompletionResult]::new('--never-logged-in', '--never-logged-in', [CompletionResultType]::ParameterName, 'Users who never logged in (Valuekeep: filtered by the server; ODC: every page is read and checked here)')
            [CompletionResult]::new('--without-roles', '--without-roles', [CompletionResultType]::ParameterName, 'Users who hold no role at all (checked here, page by page, on every platform: ODC''s access flags, Valuekeep''s roles, Descope''s project and tenant roles)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every user (pages fetched concurrently, streamed in order)')
            [CompletionResult]::new('--test-users', '--test-users', [CompletionResultType]::ParameterName, 'Test users only (Descope)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;get' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--by-id', '--by-id', [CompletionResultType]::ParameterName, 'Valuekeep: USER is a record id (GET by identifier)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;count' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only users whose name, e-mail or username contains this text')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only users whose name, e-mail or username contains this text')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only users with this status: active, inactive, invited (the platform''s own names work too)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;access' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;copy-access' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;lifecycle' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate every user listed (keeps their data and access)')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate every user listed')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete every user listed (cannot be undone)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one attribute of every user listed (as `users set`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;users;lifecycle;deactivate' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The users: one key, e-mail or login id a line; or CSV or TSV with a header, NDJSON or a JSON array (e.g. `users list -o tsv` or `-o ndjson`), read from --column. A first line naming a known column is a header, never a user. `-` reads stdin')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'The column (or JSON field) holding each user (default: email, then key, userKey, loginIds, userId, also as spreadsheets spell them: "E-mail Address", "User Key")')
            [CompletionResult]::new('--results', '--results', [CompletionResultType]::ParameterName, 'Write one NDJSON result per user to FILE as they complete')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Skip the users this results file of an earlier run records as done')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Users changed at once; where the platform changes many users per request (Descope: 100), batches in flight at once')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;lifecycle;reactivate' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The users: one key, e-mail or login id a line; or CSV or TSV with a header, NDJSON or a JSON array (e.g. `users list -o tsv` or `-o ndjson`), read from --column. A first line naming a known column is a header, never a user. `-` reads stdin')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'The column (or JSON field) holding each user (default: email, then key, userKey, loginIds, userId, also as spreadsheets spell them: "E-mail Address", "User Key")')
            [CompletionResult]::new('--results', '--results', [CompletionResultType]::ParameterName, 'Write one NDJSON result per user to FILE as they complete')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Skip the users this results file of an earlier run records as done')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Users changed at once; where the platform changes many users per request (Descope: 100), batches in flight at once')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;lifecycle;delete' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The users: one key, e-mail or login id a line; or CSV or TSV with a header, NDJSON or a JSON array (e.g. `users list -o tsv` or `-o ndjson`), read from --column. A first line naming a known column is a header, never a user. `-` reads stdin')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'The column (or JSON field) holding each user (default: email, then key, userKey, loginIds, userId, also as spreadsheets spell them: "E-mail Address", "User Key")')
            [CompletionResult]::new('--results', '--results', [CompletionResultType]::ParameterName, 'Write one NDJSON result per user to FILE as they complete')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Skip the users this results file of an earlier run records as done')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Users changed at once; where the platform changes many users per request (Descope: 100), batches in flight at once')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;lifecycle;set' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The users: one key, e-mail or login id a line; or CSV or TSV with a header, NDJSON or a JSON array (e.g. `users list -o tsv` or `-o ndjson`), read from --column. A first line naming a known column is a header, never a user. `-` reads stdin')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'The column (or JSON field) holding each user (default: email, then key, userKey, loginIds, userId, also as spreadsheets spell them: "E-mail Address", "User Key")')
            [CompletionResult]::new('--results', '--results', [CompletionResultType]::ParameterName, 'Write one NDJSON result per user to FILE as they complete')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Skip the users this results file of an earlier run records as done')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Users changed at once; where the platform changes many users per request (Descope: 100), batches in flight at once')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;lifecycle;help' {
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate every user listed (keeps their data and access)')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate every user listed')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete every user listed (cannot be undone)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one attribute of every user listed (as `users set`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;users;lifecycle;help;deactivate' {
            break
        }
        'iamctl;users;lifecycle;help;reactivate' {
            break
        }
        'iamctl;users;lifecycle;help;delete' {
            break
        }
        'iamctl;users;lifecycle;help;set' {
            break
        }
        'iamctl;users;lifecycle;help;help' {
            break
        }
        'iamctl;users;create' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'E-mail address (asked for on a terminal when missing)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Full name (asked for on a terminal when missing)')
            [CompletionResult]::new('--photo-url', '--photo-url', [CompletionResultType]::ParameterName, 'URL of the user''s photo (Descope: picture)')
            [CompletionResult]::new('--picture', '--picture', [CompletionResultType]::ParameterName, 'URL of the user''s photo (Descope: picture)')
            [CompletionResult]::new('--login-id', '--login-id', [CompletionResultType]::ParameterName, 'Descope: login id (defaults to the e-mail; with it, --email is optional)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Descope: phone number (E.164, e.g. +351912345678)')
            [CompletionResult]::new('--given-name', '--given-name', [CompletionResultType]::ParameterName, 'Descope: given name')
            [CompletionResult]::new('--middle-name', '--middle-name', [CompletionResultType]::ParameterName, 'Descope: middle name')
            [CompletionResult]::new('--family-name', '--family-name', [CompletionResultType]::ParameterName, 'Descope: family name')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Descope: a project-level role; Valuekeep: a role key (repeatable)')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Descope: a tenant, with the user''s roles in it: TENANT or TENANT:ROLE1,ROLE2 (repeatable)')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'Descope: a custom attribute KEY=VALUE (repeatable; true/false and numbers are typed, ''"42"'' stays a string)')
            [CompletionResult]::new('--verified-email', '--verified-email', [CompletionResultType]::ParameterName, 'Descope: mark the e-mail as verified (or =false)')
            [CompletionResult]::new('--verified-phone', '--verified-phone', [CompletionResultType]::ParameterName, 'Descope: mark the phone as verified (or =false)')
            [CompletionResult]::new('--user-key', '--user-key', [CompletionResultType]::ParameterName, 'Valuekeep: the user key (default: the e-mail''s local part)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Valuekeep: initial status (Active, Inactive, InvitationSent, InvitationExpired, or 1-4)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Valuekeep: a group key (repeatable)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--inactive', '--inactive', [CompletionResultType]::ParameterName, 'Create the user deactivated')
            [CompletionResult]::new('--builtin-idp', '--builtin-idp', [CompletionResultType]::ParameterName, 'Create the user in ODC''s built-in identity provider (starts as Invited)')
            [CompletionResult]::new('--test-user', '--test-user', [CompletionResultType]::ParameterName, 'Descope: create a test user')
            [CompletionResult]::new('--technician', '--technician', [CompletionResultType]::ParameterName, 'Valuekeep: the user is a technician')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;invite' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'E-mail address')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Full name (defaults to the e-mail''s local part)')
            [CompletionResult]::new('--photo-url', '--photo-url', [CompletionResultType]::ParameterName, 'Descope: URL of the user''s picture')
            [CompletionResult]::new('--picture', '--picture', [CompletionResultType]::ParameterName, 'Descope: URL of the user''s picture')
            [CompletionResult]::new('--send-mail', '--send-mail', [CompletionResultType]::ParameterName, 'Descope: send the invitation by e-mail (or =false; default: the project''s settings)')
            [CompletionResult]::new('--send-sms', '--send-sms', [CompletionResultType]::ParameterName, 'Descope: send the invitation by SMS (or =false; default: the project''s settings)')
            [CompletionResult]::new('--invite-url', '--invite-url', [CompletionResultType]::ParameterName, 'Descope: the URL the invitation links to (default: the project''s setting)')
            [CompletionResult]::new('--login-id', '--login-id', [CompletionResultType]::ParameterName, 'Descope: login id (defaults to the e-mail; with it, --email is optional)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Descope: phone number (E.164, e.g. +351912345678)')
            [CompletionResult]::new('--given-name', '--given-name', [CompletionResultType]::ParameterName, 'Descope: given name')
            [CompletionResult]::new('--middle-name', '--middle-name', [CompletionResultType]::ParameterName, 'Descope: middle name')
            [CompletionResult]::new('--family-name', '--family-name', [CompletionResultType]::ParameterName, 'Descope: family name')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Descope: a project-level role; Valuekeep: a role key (repeatable)')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Descope: a tenant, with the user''s roles in it: TENANT or TENANT:ROLE1,ROLE2 (repeatable)')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'Descope: a custom attribute KEY=VALUE (repeatable; true/false and numbers are typed, ''"42"'' stays a string)')
            [CompletionResult]::new('--verified-email', '--verified-email', [CompletionResultType]::ParameterName, 'Descope: mark the e-mail as verified (or =false)')
            [CompletionResult]::new('--verified-phone', '--verified-phone', [CompletionResultType]::ParameterName, 'Descope: mark the phone as verified (or =false)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--test-user', '--test-user', [CompletionResultType]::ParameterName, 'Descope: create a test user')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;delete' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--by-id', '--by-id', [CompletionResultType]::ParameterName, 'Valuekeep: the users are record ids (DELETE by identifier)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;import' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Input format (default: from the file''s extension, else from its first character)')
            [CompletionResult]::new('--results', '--results', [CompletionResultType]::ParameterName, 'Write one NDJSON result per row to FILE as rows complete (`-` for stdout)')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Skip the rows this results file of an earlier run records as done (resuming into the same file as --results appends to it)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Batches in flight at once (they share one rate budget)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App (deployed asset) the roles named belong to, by name or key (ODC)')
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Stage (environment) of the roles named, by name or key, e.g. Production (ODC)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--validate-only', '--validate-only', [CompletionResultType]::ParameterName, 'Check every row and send nothing')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization roles instead of application roles (ODC)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;export' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default: from FILE''s extension, .csv, .json or .ndjson; CSV when it has none)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--memberships', '--memberships', [CompletionResultType]::ParameterName, 'Also export each user''s direct groups and roles (ODC: STAGE/GROUP, APP/STAGE/ROLE, org:ROLE); costs requests on ODC: one walk of the tenant''s lists (about 18, whatever the number of users)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;set' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;patch' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--photo-url', '--photo-url', [CompletionResultType]::ParameterName, 'URL of the user''s photo (Descope, Valuekeep: picture)')
            [CompletionResult]::new('--picture', '--picture', [CompletionResultType]::ParameterName, 'URL of the user''s photo (Descope, Valuekeep: picture)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Descope, Valuekeep: new e-mail address')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Valuekeep: status (Active, Inactive, InvitationSent, InvitationExpired, or 1-4)')
            [CompletionResult]::new('--last-login', '--last-login', [CompletionResultType]::ParameterName, 'Valuekeep: last login (RFC 3339 date and time)')
            [CompletionResult]::new('--user-key', '--user-key', [CompletionResultType]::ParameterName, 'Valuekeep: rename the user''s key (sent last)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'A JSON body in the platform''s own field names: inline, `@FILE`, or `-` for stdin')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Descope: new phone number')
            [CompletionResult]::new('--given-name', '--given-name', [CompletionResultType]::ParameterName, 'Descope: given name')
            [CompletionResult]::new('--middle-name', '--middle-name', [CompletionResultType]::ParameterName, 'Descope: middle name')
            [CompletionResult]::new('--family-name', '--family-name', [CompletionResultType]::ParameterName, 'Descope: family name')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Descope: make these the user''s project-level roles (repeatable)')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Descope: make these the user''s tenants, TENANT or TENANT:ROLE1,ROLE2 (repeatable)')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'Descope: set a custom attribute KEY=VALUE (repeatable; the others are kept)')
            [CompletionResult]::new('--verified-email', '--verified-email', [CompletionResultType]::ParameterName, 'Descope: mark the e-mail as verified (or =false)')
            [CompletionResult]::new('--verified-phone', '--verified-phone', [CompletionResultType]::ParameterName, 'Descope: mark the phone as verified (or =false)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--active', '--active', [CompletionResultType]::ParameterName, 'Activate the user')
            [CompletionResult]::new('--inactive', '--inactive', [CompletionResultType]::ParameterName, 'Deactivate the user (keeps data and assignments)')
            [CompletionResult]::new('--technician', '--technician', [CompletionResultType]::ParameterName, 'Valuekeep: make the user a technician')
            [CompletionResult]::new('--not-technician', '--not-technician', [CompletionResultType]::ParameterName, 'Valuekeep: make the user not a technician')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Descope: send the whole record through the full-replace `update` route instead of PATCH; the user is loaded first so nothing is lost')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;picture' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Where to write the image (`-` for stdout)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Where to write the image (`-` for stdout)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;groups' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The groups a user belongs to')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add the user to groups')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove the user from groups')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make these the user''s groups exactly (none: leave every assigned group)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;users;groups;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;groups;add' {
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Stage (environment) of the groups named, by name or key (ODC)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--by-id', '--by-id', [CompletionResultType]::ParameterName, 'The groups or roles named are record ids, not keys or names (Valuekeep)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;groups;remove' {
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Stage (environment) of the groups named, by name or key (ODC)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--by-id', '--by-id', [CompletionResultType]::ParameterName, 'The groups or roles named are record ids, not keys or names (Valuekeep)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;groups;set' {
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Stage (environment) of the groups named, by name or key (ODC)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--by-id', '--by-id', [CompletionResultType]::ParameterName, 'The groups or roles named are record ids, not keys or names (Valuekeep)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;groups;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The groups a user belongs to')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add the user to groups')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove the user from groups')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make these the user''s groups exactly (none: leave every assigned group)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;users;groups;help;list' {
            break
        }
        'iamctl;users;groups;help;add' {
            break
        }
        'iamctl;users;groups;help;remove' {
            break
        }
        'iamctl;users;groups;help;set' {
            break
        }
        'iamctl;users;groups;help;help' {
            break
        }
        'iamctl;users;roles' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The roles a user holds')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Grant roles')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Revoke roles')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make these the user''s directly granted roles exactly (none: revoke all)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;users;roles;list' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The user''s roles in this tenant (by id or name) instead of project-level roles (Descope)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization roles instead of application roles (ODC)')
            [CompletionResult]::new('--via-groups', '--via-groups', [CompletionResultType]::ParameterName, 'Also the roles held through groups, each with its source (ODC; the API answers direct grants unless asked)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;roles;add' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App (deployed asset) the roles named belong to, by name or key (ODC)')
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Stage (environment) of the roles named, by name or key, e.g. Production (ODC)')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Roles within this tenant, by id or name, instead of project-level roles (Descope)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization roles instead of application roles (ODC)')
            [CompletionResult]::new('--by-id', '--by-id', [CompletionResultType]::ParameterName, 'The groups or roles named are record ids, not keys or names (Valuekeep)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;roles;remove' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App (deployed asset) the roles named belong to, by name or key (ODC)')
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Stage (environment) of the roles named, by name or key, e.g. Production (ODC)')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Roles within this tenant, by id or name, instead of project-level roles (Descope)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization roles instead of application roles (ODC)')
            [CompletionResult]::new('--by-id', '--by-id', [CompletionResultType]::ParameterName, 'The groups or roles named are record ids, not keys or names (Valuekeep)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;roles;set' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App (deployed asset) the roles named belong to, by name or key (ODC)')
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Stage (environment) of the roles named, by name or key, e.g. Production (ODC)')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Roles within this tenant, by id or name, instead of project-level roles (Descope)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization roles instead of application roles (ODC)')
            [CompletionResult]::new('--by-id', '--by-id', [CompletionResultType]::ParameterName, 'The groups or roles named are record ids, not keys or names (Valuekeep)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;roles;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The roles a user holds')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Grant roles')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Revoke roles')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make these the user''s directly granted roles exactly (none: revoke all)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;users;roles;help;list' {
            break
        }
        'iamctl;users;roles;help;add' {
            break
        }
        'iamctl;users;roles;help;remove' {
            break
        }
        'iamctl;users;roles;help;set' {
            break
        }
        'iamctl;users;roles;help;help' {
            break
        }
        'iamctl;users;tenants' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The tenants a user belongs to, with the user''s roles in each')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add the user to tenants')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove the user from tenants')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;users;tenants;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;tenants;add' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;tenants;remove' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;tenants;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The tenants a user belongs to, with the user''s roles in each')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add the user to tenants')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove the user from tenants')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;users;tenants;help;list' {
            break
        }
        'iamctl;users;tenants;help;add' {
            break
        }
        'iamctl;users;tenants;help;remove' {
            break
        }
        'iamctl;users;tenants;help;help' {
            break
        }
        'iamctl;users;logout' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;password' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('expire', 'expire', [CompletionResultType]::ParameterValue, 'Make the user choose a new password at the next login')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a password: read from stdin, or asked for (hidden) on a terminal')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;users;password;expire' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;password;set' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--temporary', '--temporary', [CompletionResultType]::ParameterName, 'A temporary password: created expired, replaced at the next login')
            [CompletionResult]::new('--active', '--active', [CompletionResultType]::ParameterName, 'The user''s password from now on')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;password;help' {
            [CompletionResult]::new('expire', 'expire', [CompletionResultType]::ParameterValue, 'Make the user choose a new password at the next login')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a password: read from stdin, or asked for (hidden) on a terminal')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;users;password;help;expire' {
            break
        }
        'iamctl;users;password;help;set' {
            break
        }
        'iamctl;users;password;help;help' {
            break
        }
        'iamctl;users;delete-test-users' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;sso-apps' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The SSO apps a user may use (none: every app of the project)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Let the user use these SSO apps too (one request)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make these the user''s only SSO apps (none given: every app, confirmed)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take these SSO apps from the user (reads them first: leaving none, i.e. every app, is confirmed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;users;sso-apps;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;sso-apps;add' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;sso-apps;set' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;sso-apps;remove' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;sso-apps;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The SSO apps a user may use (none: every app of the project)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Let the user use these SSO apps too (one request)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make these the user''s only SSO apps (none given: every app, confirmed)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take these SSO apps from the user (reads them first: leaving none, i.e. every app, is confirmed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;users;sso-apps;help;list' {
            break
        }
        'iamctl;users;sso-apps;help;add' {
            break
        }
        'iamctl;users;sso-apps;help;set' {
            break
        }
        'iamctl;users;sso-apps;help;remove' {
            break
        }
        'iamctl;users;sso-apps;help;help' {
            break
        }
        'iamctl;users;credentials' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user''s TOTP seed, passkeys and/or recovery codes (none named: all three); asks first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;users;credentials;remove' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'The authenticator-app (TOTP) seed')
            [CompletionResult]::new('--passkeys', '--passkeys', [CompletionResultType]::ParameterName, 'Every passkey')
            [CompletionResult]::new('--recovery-codes', '--recovery-codes', [CompletionResultType]::ParameterName, 'The recovery codes')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;credentials;help' {
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user''s TOTP seed, passkeys and/or recovery codes (none named: all three); asks first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;users;credentials;help;remove' {
            break
        }
        'iamctl;users;credentials;help;help' {
            break
        }
        'iamctl;users;history' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;users;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users (one page by default; --all for every user, streamed)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one user, by key or e-mail')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'How many users match, in one request')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Every group, role and tenant a user holds, and where each comes from')
            [CompletionResult]::new('copy-access', 'copy-access', [CompletionResultType]::ParameterValue, 'Give a user the groups, roles and tenants another holds directly (plan first; nothing is taken away)')
            [CompletionResult]::new('lifecycle', 'lifecycle', [CompletionResultType]::ParameterValue, 'Deactivate, reactivate, delete or set an attribute of many users at once, from a file or stdin, with per-user results and --resume')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite a user (ODC: created Invited in the built-in identity provider; Descope: created and sent an invitation; Valuekeep: sendInvitation)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete users, by key or e-mail (cannot be undone)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create users from a CSV, JSON or NDJSON file, with per-row results')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write every user in the columns `users import` reads (CSV, JSON, NDJSON)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one attribute: name, active, photo-url... (ATTR below lists each platform''s)')
            [CompletionResult]::new('patch', 'patch', [CompletionResultType]::ParameterValue, 'Change several attributes at once; sends only what is given')
            [CompletionResult]::new('picture', 'picture', [CompletionResultType]::ParameterValue, 'Download a user''s picture (Valuekeep)')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'A user''s group memberships')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'A user''s application roles (or organization roles with --org)')
            [CompletionResult]::new('tenants', 'tenants', [CompletionResultType]::ParameterValue, 'Descope: the tenants a user belongs to')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Descope: end every session of a user')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Descope: expire a user''s password, or set a temporary or active one')
            [CompletionResult]::new('delete-test-users', 'delete-test-users', [CompletionResultType]::ParameterValue, 'Descope: delete every test user of the project (cannot be undone)')
            [CompletionResult]::new('sso-apps', 'sso-apps', [CompletionResultType]::ParameterValue, 'Descope: the SSO apps a user may sign in to')
            [CompletionResult]::new('credentials', 'credentials', [CompletionResultType]::ParameterValue, 'Descope: remove a user''s TOTP seed, passkeys or recovery codes (a lost device)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Descope: the users'' sign-in history')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;users;help;list' {
            break
        }
        'iamctl;users;help;get' {
            break
        }
        'iamctl;users;help;count' {
            break
        }
        'iamctl;users;help;access' {
            break
        }
        'iamctl;users;help;copy-access' {
            break
        }
        'iamctl;users;help;lifecycle' {
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate every user listed (keeps their data and access)')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate every user listed')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete every user listed (cannot be undone)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one attribute of every user listed (as `users set`)')
            break
        }
        'iamctl;users;help;lifecycle;deactivate' {
            break
        }
        'iamctl;users;help;lifecycle;reactivate' {
            break
        }
        'iamctl;users;help;lifecycle;delete' {
            break
        }
        'iamctl;users;help;lifecycle;set' {
            break
        }
        'iamctl;users;help;create' {
            break
        }
        'iamctl;users;help;invite' {
            break
        }
        'iamctl;users;help;delete' {
            break
        }
        'iamctl;users;help;import' {
            break
        }
        'iamctl;users;help;export' {
            break
        }
        'iamctl;users;help;set' {
            break
        }
        'iamctl;users;help;patch' {
            break
        }
        'iamctl;users;help;picture' {
            break
        }
        'iamctl;users;help;groups' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The groups a user belongs to')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add the user to groups')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove the user from groups')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make these the user''s groups exactly (none: leave every assigned group)')
            break
        }
        'iamctl;users;help;groups;list' {
            break
        }
        'iamctl;users;help;groups;add' {
            break
        }
        'iamctl;users;help;groups;remove' {
            break
        }
        'iamctl;users;help;groups;set' {
            break
        }
        'iamctl;users;help;roles' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The roles a user holds')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Grant roles')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Revoke roles')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make these the user''s directly granted roles exactly (none: revoke all)')
            break
        }
        'iamctl;users;help;roles;list' {
            break
        }
        'iamctl;users;help;roles;add' {
            break
        }
        'iamctl;users;help;roles;remove' {
            break
        }
        'iamctl;users;help;roles;set' {
            break
        }
        'iamctl;users;help;tenants' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The tenants a user belongs to, with the user''s roles in each')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add the user to tenants')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove the user from tenants')
            break
        }
        'iamctl;users;help;tenants;list' {
            break
        }
        'iamctl;users;help;tenants;add' {
            break
        }
        'iamctl;users;help;tenants;remove' {
            break
        }
        'iamctl;users;help;logout' {
            break
        }
        'iamctl;users;help;password' {
            [CompletionResult]::new('expire', 'expire', [CompletionResultType]::ParameterValue, 'Make the user choose a new password at the next login')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a password: read from stdin, or asked for (hidden) on a terminal')
            break
        }
        'iamctl;users;help;password;expire' {
            break
        }
        'iamctl;users;help;password;set' {
            break
        }
        'iamctl;users;help;delete-test-users' {
            break
        }
        'iamctl;users;help;sso-apps' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The SSO apps a user may use (none: every app of the project)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Let the user use these SSO apps too (one request)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make these the user''s only SSO apps (none given: every app, confirmed)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take these SSO apps from the user (reads them first: leaving none, i.e. every app, is confirmed)')
            break
        }
        'iamctl;users;help;sso-apps;list' {
            break
        }
        'iamctl;users;help;sso-apps;add' {
            break
        }
        'iamctl;users;help;sso-apps;set' {
            break
        }
        'iamctl;users;help;sso-apps;remove' {
            break
        }
        'iamctl;users;help;credentials' {
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user''s TOTP seed, passkeys and/or recovery codes (none named: all three); asks first')
            break
        }
        'iamctl;users;help;credentials;remove' {
            break
        }
        'iamctl;users;help;history' {
            break
        }
        'iamctl;users;help;help' {
            break
        }
        'iamctl;groups' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List groups')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one group, by key or name')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group in a stage')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete groups, by key or name')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'List a group''s members')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a group or change its description (ODC, Valuekeep)')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'The application roles a group grants its members (ODC)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one attribute of a group: name, email, description, key, active (Valuekeep)')
            [CompletionResult]::new('add-members', 'add-members', [CompletionResultType]::ParameterValue, 'Put users in a group, in one request (Valuekeep)')
            [CompletionResult]::new('remove-members', 'remove-members', [CompletionResultType]::ParameterValue, 'Take users out of a group, in one request (Valuekeep)')
            [CompletionResult]::new('claim-mappings', 'claim-mappings', [CompletionResultType]::ParameterValue, 'The identity-provider claims that make users members (ODC)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;groups;list' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only groups whose name contains this text')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only groups whose name contains this text')
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Stage (environment) of the groups named, by name or key (ODC)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;groups;get' {
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Stage (environment) of the groups named, by name or key (ODC)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;groups;create' {
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Stage (environment) of the groups named, by name or key (ODC)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;groups;delete' {
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Stage (environment) of the groups named, by name or key (ODC)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;groups;members' {
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Stage (environment) of the groups named, by name or key (ODC)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;groups;update' {
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Stage (environment) of the groups named, by name or key (ODC)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Its new name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Its new description (`""` clears it)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;groups;roles' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The application roles a group grants')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Make the group grant these roles too')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop the group granting these roles')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make these exactly the roles the group grants (none: grant nothing)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;groups;roles;list' {
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Stage (environment) of the groups named, by name or key (ODC)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;groups;roles;add' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App (deployed asset) the roles named belong to, by name or key (ODC)')
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Stage (environment) of the group and its roles, by name or key (ODC)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;groups;roles;remove' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App (deployed asset) the roles named belong to, by name or key (ODC)')
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Stage (environment) of the group and its roles, by name or key (ODC)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;groups;roles;set' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App (deployed asset) the roles named belong to, by name or key (ODC)')
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Stage (environment) of the group and its roles, by name or key (ODC)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;groups;roles;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The application roles a group grants')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Make the group grant these roles too')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop the group granting these roles')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make these exactly the roles the group grants (none: grant nothing)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;groups;roles;help;list' {
            break
        }
        'iamctl;groups;roles;help;add' {
            break
        }
        'iamctl;groups;roles;help;remove' {
            break
        }
        'iamctl;groups;roles;help;set' {
            break
        }
        'iamctl;groups;roles;help;help' {
            break
        }
        'iamctl;groups;set' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;groups;add-members' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--by-id', '--by-id', [CompletionResultType]::ParameterName, 'The users are named by record id (GUID): sent to `addById`/`removeById` (Valuekeep)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;groups;remove-members' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--by-id', '--by-id', [CompletionResultType]::ParameterName, 'The users are named by record id (GUID): sent to `addById`/`removeById` (Valuekeep)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;groups;claim-mappings' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The identity-provider claims that make users members of a group')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove claim mappings from a group, by key')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove every claim mapping of a group (members then come only from assignment)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;groups;claim-mappings;list' {
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Stage (environment) of the groups named, by name or key (ODC)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;groups;claim-mappings;remove' {
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Stage (environment) of the groups named, by name or key (ODC)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;groups;claim-mappings;clear' {
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Stage (environment) of the groups named, by name or key (ODC)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;groups;claim-mappings;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The identity-provider claims that make users members of a group')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove claim mappings from a group, by key')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove every claim mapping of a group (members then come only from assignment)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;groups;claim-mappings;help;list' {
            break
        }
        'iamctl;groups;claim-mappings;help;remove' {
            break
        }
        'iamctl;groups;claim-mappings;help;clear' {
            break
        }
        'iamctl;groups;claim-mappings;help;help' {
            break
        }
        'iamctl;groups;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List groups')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one group, by key or name')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group in a stage')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete groups, by key or name')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'List a group''s members')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a group or change its description (ODC, Valuekeep)')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'The application roles a group grants its members (ODC)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one attribute of a group: name, email, description, key, active (Valuekeep)')
            [CompletionResult]::new('add-members', 'add-members', [CompletionResultType]::ParameterValue, 'Put users in a group, in one request (Valuekeep)')
            [CompletionResult]::new('remove-members', 'remove-members', [CompletionResultType]::ParameterValue, 'Take users out of a group, in one request (Valuekeep)')
            [CompletionResult]::new('claim-mappings', 'claim-mappings', [CompletionResultType]::ParameterValue, 'The identity-provider claims that make users members (ODC)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;groups;help;list' {
            break
        }
        'iamctl;groups;help;get' {
            break
        }
        'iamctl;groups;help;create' {
            break
        }
        'iamctl;groups;help;delete' {
            break
        }
        'iamctl;groups;help;members' {
            break
        }
        'iamctl;groups;help;update' {
            break
        }
        'iamctl;groups;help;roles' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The application roles a group grants')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Make the group grant these roles too')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop the group granting these roles')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make these exactly the roles the group grants (none: grant nothing)')
            break
        }
        'iamctl;groups;help;roles;list' {
            break
        }
        'iamctl;groups;help;roles;add' {
            break
        }
        'iamctl;groups;help;roles;remove' {
            break
        }
        'iamctl;groups;help;roles;set' {
            break
        }
        'iamctl;groups;help;set' {
            break
        }
        'iamctl;groups;help;add-members' {
            break
        }
        'iamctl;groups;help;remove-members' {
            break
        }
        'iamctl;groups;help;claim-mappings' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The identity-provider claims that make users members of a group')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove claim mappings from a group, by key')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove every claim mapping of a group (members then come only from assignment)')
            break
        }
        'iamctl;groups;help;claim-mappings;list' {
            break
        }
        'iamctl;groups;help;claim-mappings;remove' {
            break
        }
        'iamctl;groups;help;claim-mappings;clear' {
            break
        }
        'iamctl;groups;help;help' {
            break
        }
        'iamctl;roles' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List application roles (or organization roles with --org)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one role, by key or name (ODC: application roles with --app and --stage, or --org)')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'List the users who hold a role')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a role (ODC: an organization role, with --org; Valuekeep: NAME is its description)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a role (ODC: an organization role, with --org; Valuekeep: its description)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete roles (ODC: organization roles, with --org; cannot be undone)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one attribute of a role: description, localizable-description, key, active, administration, default, internal (Valuekeep)')
            [CompletionResult]::new('add-users', 'add-users', [CompletionResultType]::ParameterValue, 'Give a role to users, in one request (Valuekeep)')
            [CompletionResult]::new('remove-users', 'remove-users', [CompletionResultType]::ParameterValue, 'Take a role from users, in one request (Valuekeep)')
            [CompletionResult]::new('permissions', 'permissions', [CompletionResultType]::ParameterValue, 'The permissions an organization role grants (ODC, with --org)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;roles;list' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only roles whose name contains this text')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only roles whose name contains this text')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App (deployed asset) the roles named belong to, by name or key (ODC)')
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Stage (environment) of the roles named, by name or key, e.g. Production (ODC)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization roles instead of application roles (ODC)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;roles;get' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App (deployed asset) the roles named belong to, by name or key (ODC)')
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Stage (environment) of the roles named, by name or key, e.g. Production (ODC)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization roles instead of application roles (ODC)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;roles;users' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App (deployed asset) the roles named belong to, by name or key (ODC)')
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Stage (environment) of the roles named, by name or key, e.g. Production (ODC)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization roles instead of application roles (ODC)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;roles;create' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The new role''s key (Valuekeep; default: the name''s letters and digits, upper-cased)')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'A tenant''s role instead of a project role, tenant by id or name (Descope)')
            [CompletionResult]::new('--permissions', '--permissions', [CompletionResultType]::ParameterName, 'The permissions the role grants (repeatable or comma-separated; Descope)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'The role''s description (Descope)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'An organization role (ODC)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;roles;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Its new name')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'A tenant''s role instead of a project role, tenant by id or name (Descope)')
            [CompletionResult]::new('--permissions', '--permissions', [CompletionResultType]::ParameterName, 'The permissions the role grants (repeatable or comma-separated; Descope)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'The role''s description (Descope)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'An organization role (ODC)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;roles;delete' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Roles of this tenant, by id or name (Descope)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization roles (ODC)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;roles;set' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;roles;add-users' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--by-id', '--by-id', [CompletionResultType]::ParameterName, 'The users are named by record id (GUID): sent to `addById`/`removeById` (Valuekeep)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;roles;remove-users' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--by-id', '--by-id', [CompletionResultType]::ParameterName, 'The users are named by record id (GUID): sent to `addById`/`removeById` (Valuekeep)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;roles;permissions' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The permissions an organization role grants')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Grant these permissions through the role too')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop the role granting these permissions')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make these exactly the role''s permissions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;roles;permissions;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization roles (ODC; the only roles with permissions)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;roles;permissions;add' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization roles (ODC; the only roles with permissions)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;roles;permissions;remove' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization roles (ODC; the only roles with permissions)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;roles;permissions;set' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization roles (ODC; the only roles with permissions)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;roles;permissions;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The permissions an organization role grants')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Grant these permissions through the role too')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop the role granting these permissions')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make these exactly the role''s permissions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;roles;permissions;help;list' {
            break
        }
        'iamctl;roles;permissions;help;add' {
            break
        }
        'iamctl;roles;permissions;help;remove' {
            break
        }
        'iamctl;roles;permissions;help;set' {
            break
        }
        'iamctl;roles;permissions;help;help' {
            break
        }
        'iamctl;roles;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List application roles (or organization roles with --org)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one role, by key or name (ODC: application roles with --app and --stage, or --org)')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'List the users who hold a role')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a role (ODC: an organization role, with --org; Valuekeep: NAME is its description)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a role (ODC: an organization role, with --org; Valuekeep: its description)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete roles (ODC: organization roles, with --org; cannot be undone)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one attribute of a role: description, localizable-description, key, active, administration, default, internal (Valuekeep)')
            [CompletionResult]::new('add-users', 'add-users', [CompletionResultType]::ParameterValue, 'Give a role to users, in one request (Valuekeep)')
            [CompletionResult]::new('remove-users', 'remove-users', [CompletionResultType]::ParameterValue, 'Take a role from users, in one request (Valuekeep)')
            [CompletionResult]::new('permissions', 'permissions', [CompletionResultType]::ParameterValue, 'The permissions an organization role grants (ODC, with --org)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;roles;help;list' {
            break
        }
        'iamctl;roles;help;get' {
            break
        }
        'iamctl;roles;help;users' {
            break
        }
        'iamctl;roles;help;create' {
            break
        }
        'iamctl;roles;help;update' {
            break
        }
        'iamctl;roles;help;delete' {
            break
        }
        'iamctl;roles;help;set' {
            break
        }
        'iamctl;roles;help;add-users' {
            break
        }
        'iamctl;roles;help;remove-users' {
            break
        }
        'iamctl;roles;help;permissions' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The permissions an organization role grants')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Grant these permissions through the role too')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop the role granting these permissions')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make these exactly the role''s permissions')
            break
        }
        'iamctl;roles;help;permissions;list' {
            break
        }
        'iamctl;roles;help;permissions;add' {
            break
        }
        'iamctl;roles;help;permissions;remove' {
            break
        }
        'iamctl;roles;help;permissions;set' {
            break
        }
        'iamctl;roles;help;help' {
            break
        }
        'iamctl;tenants' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenants (Descope)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one tenant, by id or name (Descope)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a tenant (Descope)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a tenant''s name, self-provisioning domains or custom attributes (Descope)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete tenants (Descope; cannot be undone)')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'A tenant''s session and SSO settings (Descope)')
            [CompletionResult]::new('default-roles', 'default-roles', [CompletionResultType]::ParameterValue, 'Set the project roles a tenant''s new users get (Descope; none clears them)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;tenants;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;tenants;get' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;tenants;create' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Its id (default: Descope mints one)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'A self-provisioning domain (repeatable): users signing in from it join the tenant')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'A custom attribute KEY=VALUE (repeatable)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;tenants;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Its new name')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Its self-provisioning domains, replacing the ones it has (repeatable)')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'Custom attributes KEY=VALUE, replacing the ones it has (repeatable)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;tenants;delete' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--cascade', '--cascade', [CompletionResultType]::ParameterName, 'Also delete the users who belong to this tenant alone')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;tenants;settings' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a tenant''s settings (Descope)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set some of a tenant''s settings, KEY=VALUE as the API names them (e.g. sessionTokenExpiration=30 enabled=true) (Descope)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;tenants;settings;get' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;tenants;settings;set' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;tenants;settings;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a tenant''s settings (Descope)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set some of a tenant''s settings, KEY=VALUE as the API names them (e.g. sessionTokenExpiration=30 enabled=true) (Descope)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;tenants;settings;help;get' {
            break
        }
        'iamctl;tenants;settings;help;set' {
            break
        }
        'iamctl;tenants;settings;help;help' {
            break
        }
        'iamctl;tenants;default-roles' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;tenants;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenants (Descope)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one tenant, by id or name (Descope)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a tenant (Descope)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a tenant''s name, self-provisioning domains or custom attributes (Descope)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete tenants (Descope; cannot be undone)')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'A tenant''s session and SSO settings (Descope)')
            [CompletionResult]::new('default-roles', 'default-roles', [CompletionResultType]::ParameterValue, 'Set the project roles a tenant''s new users get (Descope; none clears them)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;tenants;help;list' {
            break
        }
        'iamctl;tenants;help;get' {
            break
        }
        'iamctl;tenants;help;create' {
            break
        }
        'iamctl;tenants;help;update' {
            break
        }
        'iamctl;tenants;help;delete' {
            break
        }
        'iamctl;tenants;help;settings' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a tenant''s settings (Descope)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set some of a tenant''s settings, KEY=VALUE as the API names them (e.g. sessionTokenExpiration=30 enabled=true) (Descope)')
            break
        }
        'iamctl;tenants;help;settings;get' {
            break
        }
        'iamctl;tenants;help;settings;set' {
            break
        }
        'iamctl;tenants;help;default-roles' {
            break
        }
        'iamctl;tenants;help;help' {
            break
        }
        'iamctl;identity-providers' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List identity providers')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one identity provider, by key or name')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;idps' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List identity providers')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one identity provider, by key or name')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;identity-providers;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;idps;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;identity-providers;get' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;idps;get' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;identity-providers;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List identity providers')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one identity provider, by key or name')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;identity-providers;help;list' {
            break
        }
        'iamctl;identity-providers;help;get' {
            break
        }
        'iamctl;identity-providers;help;help' {
            break
        }
        'iamctl;idps;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List identity providers')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one identity provider, by key or name')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;idps;help;list' {
            break
        }
        'iamctl;idps;help;get' {
            break
        }
        'iamctl;idps;help;help' {
            break
        }
        'iamctl;permissions' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List permissions')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one permission, by key or name')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a permission (Descope)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a permission or change its description (Descope)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete permissions; roles stop granting them (Descope; cannot be undone)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;permissions;list' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only permissions whose name contains this text')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only permissions whose name contains this text')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;permissions;get' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;permissions;create' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What it allows')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;permissions;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Its new name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Its new description')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;permissions;delete' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;permissions;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List permissions')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one permission, by key or name')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a permission (Descope)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a permission or change its description (Descope)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete permissions; roles stop granting them (Descope; cannot be undone)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;permissions;help;list' {
            break
        }
        'iamctl;permissions;help;get' {
            break
        }
        'iamctl;permissions;help;create' {
            break
        }
        'iamctl;permissions;help;update' {
            break
        }
        'iamctl;permissions;help;delete' {
            break
        }
        'iamctl;permissions;help;help' {
            break
        }
        'iamctl;access-keys' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the access keys (Descope; never their secrets)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one access key, by id or name (Descope)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an access key; its cleartext is printed once, on stdout (Descope)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename an access key or change its description (Descope)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Let an access key be used again (Descope)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Stop an access key from being used (Descope)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete access keys (Descope; cannot be undone)')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Give an access key a new secret, printed once on stdout; the old one stops working (Descope)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;access-keys;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;access-keys;get' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;access-keys;create' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What it is for')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'When it expires: a date (2027-01-31) or an RFC 3339 time (default: never)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'A project role the key holds (repeatable)')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'A tenant the key belongs to, TENANT[:ROLE,ROLE] (repeatable)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user the key acts as, by login id or user id')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;access-keys;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Its new name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Its new description')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;access-keys;activate' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;access-keys;deactivate' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;access-keys;delete' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;access-keys;rotate' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;access-keys;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the access keys (Descope; never their secrets)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one access key, by id or name (Descope)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an access key; its cleartext is printed once, on stdout (Descope)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename an access key or change its description (Descope)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Let an access key be used again (Descope)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Stop an access key from being used (Descope)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete access keys (Descope; cannot be undone)')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Give an access key a new secret, printed once on stdout; the old one stops working (Descope)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;access-keys;help;list' {
            break
        }
        'iamctl;access-keys;help;get' {
            break
        }
        'iamctl;access-keys;help;create' {
            break
        }
        'iamctl;access-keys;help;update' {
            break
        }
        'iamctl;access-keys;help;activate' {
            break
        }
        'iamctl;access-keys;help;deactivate' {
            break
        }
        'iamctl;access-keys;help;delete' {
            break
        }
        'iamctl;access-keys;help;rotate' {
            break
        }
        'iamctl;access-keys;help;help' {
            break
        }
        'iamctl;audit' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search the audit trail (Descope)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;audit;search' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only events of this user, by login id or user id (repeatable)')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Only events of this action, e.g. UserCreated (repeatable)')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Only events in this tenant, by id or name (repeatable)')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'Only events containing this text')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Events since: an age (7d, 36h), a date or an RFC 3339 time')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Events until: an age, a date or an RFC 3339 time')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many events')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;audit;help' {
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search the audit trail (Descope)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;audit;help;search' {
            break
        }
        'iamctl;audit;help;help' {
            break
        }
        'iamctl;sso-apps' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the SSO applications (Descope)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one SSO application, by id or name (Descope)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;sso-apps;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;sso-apps;get' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;sso-apps;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the SSO applications (Descope)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one SSO application, by id or name (Descope)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;sso-apps;help;list' {
            break
        }
        'iamctl;sso-apps;help;get' {
            break
        }
        'iamctl;sso-apps;help;help' {
            break
        }
        'iamctl;stages' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the stages (ODC), in their order')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;stages;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;stages;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the stages (ODC), in their order')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;stages;help;list' {
            break
        }
        'iamctl;stages;help;help' {
            break
        }
        'iamctl;apps' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the deployed apps (ODC), one row per app and stage')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;apps;list' {
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Only the apps deployed to this stage (by key or name)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;apps;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the deployed apps (ODC), one row per app and stage')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;apps;help;list' {
            break
        }
        'iamctl;apps;help;help' {
            break
        }
        'iamctl;portfolios' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the portfolios (ODC)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;portfolios;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;portfolios;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the portfolios (ODC)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;portfolios;help;list' {
            break
        }
        'iamctl;portfolios;help;help' {
            break
        }
        'iamctl;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The desired state: YAML or JSON (`-` for stdin), `users:` a list of {email, name, active, groups, roles} and the other columns of `users import` (ODC references STAGE/GROUP, APP/STAGE/ROLE, org:ROLE)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The desired state: YAML or JSON (`-` for stdin), `users:` a list of {email, name, active, groups, roles} and the other columns of `users import` (ODC references STAGE/GROUP, APP/STAGE/ROLE, org:ROLE)')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App (deployed asset) the roles named belong to, by name or key (ODC)')
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Stage (environment) of the roles named, by name or key, e.g. Production (ODC)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once while reading state and applying')
            [CompletionResult]::new('--plan-out', '--plan-out', [CompletionResultType]::ParameterName, 'Write the plan, with a fingerprint of each user it touches, to FILE (a saved plan for `apply -f FILE`) and change nothing')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also delete the users the file does not list')
            [CompletionResult]::new('--detailed-exitcode', '--detailed-exitcode', [CompletionResultType]::ParameterName, 'Exit 10 when there are changes (planned with --dry-run, or applied), 0 when none')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization roles instead of application roles (ODC)')
            [CompletionResult]::new('--skip-changed', '--skip-changed', [CompletionResultType]::ParameterName, 'A saved plan whose users changed since it was made: apply it to the others, the changed ones skipped (without it, nothing is applied)')
            [CompletionResult]::new('--replan', '--replan', [CompletionResultType]::ParameterName, 'A saved plan: plan again from the platform as it is now, ignoring its fingerprints')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;access' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Every user''s groups, roles and tenants, one row per (user, role, scope, source), streamed')
            [CompletionResult]::new('holders', 'holders', [CompletionResultType]::ParameterValue, 'Who holds one role, in which app/stage or tenant, and through what (direct, group G)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;access;report' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only rows of this role, by name or key')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'Only application roles of this app, by name or key (ODC)')
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Only groups and application roles of this stage, by name or key (ODC)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only this group: its members, and the roles it grants them (ODC, Valuekeep)')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Only this tenant: its members, and their roles in it, by id or name (Descope)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;access;holders' {
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App (deployed asset) the roles named belong to, by name or key (ODC)')
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Stage (environment) of the roles named, by name or key, e.g. Production (ODC)')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Only its holders within this tenant, by id or name (Descope)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization roles instead of application roles (ODC)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;access;help' {
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Every user''s groups, roles and tenants, one row per (user, role, scope, source), streamed')
            [CompletionResult]::new('holders', 'holders', [CompletionResultType]::ParameterValue, 'Who holds one role, in which app/stage or tenant, and through what (direct, group G)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;access;help;report' {
            break
        }
        'iamctl;access;help;holders' {
            break
        }
        'iamctl;access;help;help' {
            break
        }
        'iamctl;diff' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The profile to compare with (the source of truth); the profile the command runs against (-p) is the one that differs, and the one `apply` would change')
            [CompletionResult]::new('--from-stage', '--from-stage', [CompletionResultType]::ParameterName, 'ODC: compare the groups and application roles held in this stage (of --from, else of this profile; name or key) with those held in --to-stage, as a plan that makes --to-stage match')
            [CompletionResult]::new('--to-stage', '--to-stage', [CompletionResultType]::ParameterName, 'ODC: the stage that would change (with --from-stage; name or key)')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Write the differences as an `apply` file: YAML, or JSON when FILE ends in .json (`-`: stdout)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also show the users only here as deletions, and write a plan for `apply --prune`')
            [CompletionResult]::new('--detailed-exitcode', '--detailed-exitcode', [CompletionResultType]::ParameterName, 'Exit 10 when there are differences, 0 when none')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;history' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only runs since this long ago (36h, 7d, 12w), this date (2026-01-31) or this time (RFC 3339)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only runs that changed this user (key, e-mail or login id as given)')
            [CompletionResult]::new('-L', '-L ', [CompletionResultType]::ParameterName, 'At most this many runs')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many runs')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;undo' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Change targets that were changed again since the run, too')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;profile' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add or replace a profile; its secret goes to the OS keyring')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile (the selected one by default)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile and its keyring secret')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Fetch a token and make one cheap call; say what worked (--deep: check iamctl''s unconfirmed assumptions against the tenant, read-only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;profile;add' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Platform')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'ODC portal domain, e.g. acme.outsystems.app')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth client id of the API client')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Valuekeep, Descope: the API''s base URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Valuekeep: tenant key')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Valuekeep: organization key')
            [CompletionResult]::new('--token-url', '--token-url', [CompletionResultType]::ParameterName, 'Valuekeep: OAuth token URL (default: the PRIMAVERA identity server''s /connect/token)')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Valuekeep: OAuth scope (default: application)')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'Valuekeep: how the client authenticates to the token URL: basic or post (default)')
            [CompletionResult]::new('--project-id', '--project-id', [CompletionResultType]::ParameterName, 'Descope: the project ID')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'Where the secret lives: keyring, env:VAR, or cmd:COMMAND (run without a shell)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--client-secret-stdin', '--client-secret-stdin', [CompletionResultType]::ParameterName, 'Read the client secret (Descope: the management key) from stdin, for the keyring')
            [CompletionResult]::new('--skip-test', '--skip-test', [CompletionResultType]::ParameterName, 'Save without trying the credentials first (the guided setup tries them, and saves a profile that failed only when told to)')
            [CompletionResult]::new('--default', '--default', [CompletionResultType]::ParameterName, 'Make it the default profile')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;profile;list' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;profile;show' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;profile;use' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;profile;remove' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;profile;test' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--deep', '--deep', [CompletionResultType]::ParameterName, 'Check each assumption iamctl makes where the vendor''s documents are silent against this tenant: GETs and searches only, never a write, at most 10 requests. Prints assumption, assumed, observed and a verdict (held, differs, could not tell), and keeps the findings for the profile (`observed/<profile>.json` in the config directory), which later commands adapt to. Exits 0 when the probe ran, also when some assumptions differ; `-o json` is a report with shapes and flags only, fit to attach to a bug report')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;profile;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add or replace a profile; its secret goes to the OS keyring')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile (the selected one by default)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile and its keyring secret')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Fetch a token and make one cheap call; say what worked (--deep: check iamctl''s unconfirmed assumptions against the tenant, read-only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;profile;help;add' {
            break
        }
        'iamctl;profile;help;list' {
            break
        }
        'iamctl;profile;help;show' {
            break
        }
        'iamctl;profile;help;use' {
            break
        }
        'iamctl;profile;help;remove' {
            break
        }
        'iamctl;profile;help;test' {
            break
        }
        'iamctl;profile;help;help' {
            break
        }
        'iamctl;api' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'JSON body: inline, `@FILE`, or `-` for stdin')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'JSON body: inline, `@FILE`, or `-` for stdin')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;sandbox' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port to listen on (0 picks a free one)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth client id the token endpoint accepts')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth client secret the token endpoint accepts (default `sandbox-secret`). On the command line it shows in `ps`: prefer IAMCTL_SANDBOX_CLIENT_SECRET or --client-secret-file')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'Read the OAuth client secret from FILE (its first line); wins over --client-secret and the environment')
            [CompletionResult]::new('--token-ttl', '--token-ttl', [CompletionResultType]::ParameterName, 'Lifetime of issued access tokens, in seconds (at most a year)')
            [CompletionResult]::new('--seed-users', '--seed-users', [CompletionResultType]::ParameterName, 'Seed this many deterministic fake users (plus a small fixed world); at most 1,000,000')
            [CompletionResult]::new('--fail-rate', '--fail-rate', [CompletionResultType]::ParameterName, 'Fraction (0..1) of API calls answered 503 or 429 with Retry-After')
            [CompletionResult]::new('--fault-seed', '--fault-seed', [CompletionResultType]::ParameterName, 'Seed the random choices of --fail-rate (which calls fail, 503 or 429): the same seed gives the same sequence of fault decisions (concurrent requests may take them in a different order). Default: a new seed every run')
            [CompletionResult]::new('--latency-ms', '--latency-ms', [CompletionResultType]::ParameterName, 'Delay added to every response, in milliseconds (0 to 600000: ten minutes)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Token-bucket limit on the API calls of every platform (ODC, Valuekeep, Descope), requests per second (429 beyond); from 0.01 to 1,000,000')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length of the vendor-limit window in seconds (fractions allowed)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Load state from FILE at start (if it exists) and save it on exit')
            [CompletionResult]::new('--descope-project-id', '--descope-project-id', [CompletionResultType]::ParameterName, 'Descope project ID the management routes accept')
            [CompletionResult]::new('--descope-management-key', '--descope-management-key', [CompletionResultType]::ParameterName, 'Descope management key the management routes accept (default: the built-in `sandbox-descope` profile''s). On the command line it shows in `ps`: prefer IAMCTL_SANDBOX_MANAGEMENT_KEY or --descope-management-key-file')
            [CompletionResult]::new('--descope-management-key-file', '--descope-management-key-file', [CompletionResultType]::ParameterName, 'Read the Descope management key from FILE (its first line); wins over --descope-management-key and the environment')
            [CompletionResult]::new('--variant', '--variant', [CompletionResultType]::ParameterName, 'Answer in other shapes the vendors'' documents allow, comma-separated: odc-no-total, odc-no-expires-in, vk-no-expires-in, vk-status-names, vk-relative-links, vk-no-count, vk-no-skip, descope-no-total (rehearse `profile test --deep` and the client''s second paths)')
            [CompletionResult]::new('--bulk-shuffle-seed', '--bulk-shuffle-seed', [CompletionResultType]::ParameterName, 'ODC: answer bulk operations'' records in an order shuffled with seed N (ODC''s spec promises no order), to rehearse clients that must match records by identity')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--vendor-limits', '--vendor-limits', [CompletionResultType]::ParameterName, 'Enforce the vendors'' published limits: ODC''s per organization (100/window per API, 5 bulk), Descope''s per project (100 creates, 200 searches and 200 updates per window; 429 E130429 with Retry-After)')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;completions' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;environment' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;commands' {
            [CompletionResult]::new('--splice', '--splice', [CompletionResultType]::ParameterName, 'Rewrite FILE''s per-platform verb table between the `<!-- commands:platforms -->` markers (scripts/gen-docs.sh)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;man' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;assumptions' {
            [CompletionResult]::new('--splice', '--splice', [CompletionResultType]::ParameterName, 'Rewrite FILE''s lists between `<!-- assumptions:PLATFORM -->` markers')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (`sandbox` is built in and needs no setup); several (comma-separated or repeated) run the command on each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields (JSON field names, comma-separated)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter JSON output through a jq expression')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds before one HTTP request times out')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Longest total time to spend waiting on retries (rate limits, 5xx) per request')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Client-side request budget per rate window, overriding the platform''s published limit (0 = no pacing)')
            [CompletionResult]::new('--rate-window', '--rate-window', [CompletionResultType]::ParameterName, 'Length in seconds of the platform''s rate window ("a minute"); shrink it to rehearse against `iamctl sandbox --rate-window`')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Run the command on every configured profile')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'With several profiles: stop at the first that fails')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Tables: every column, keys included, whatever the terminal''s width')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail instead when input is missing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required for destructive commands without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a mutating command would send, and send none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Say less on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Trace HTTP on stderr (-v requests, -vv bodies); secrets are redacted')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Look stage, app, group and role names up afresh instead of using the ones resolved in the last 10 minutes')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Keep no journal of this run''s writes (also IAMCTL_NO_JOURNAL=1, e.g. in an ephemeral CI job): `history` and `undo` will not know it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'iamctl;help' {
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Users: list, get, count, access, copy-access, lifecycle, create, invite, delete, set, patch, import, export, memberships, passwords, SSO apps')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Groups: list, get, create, update, delete, members, the roles a group grants, claim mappings')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'Roles: list, get, create, update, delete, their users, their permissions')
            [CompletionResult]::new('tenants', 'tenants', [CompletionResultType]::ParameterValue, 'Tenants: list, get, create, update, delete, settings, default roles (Descope)')
            [CompletionResult]::new('identity-providers', 'identity-providers', [CompletionResultType]::ParameterValue, 'Identity providers: where users sign in from (ODC, read-only)')
            [CompletionResult]::new('permissions', 'permissions', [CompletionResultType]::ParameterValue, 'Permissions: what roles are made of (ODC: read-only; Descope: create, update, delete)')
            [CompletionResult]::new('access-keys', 'access-keys', [CompletionResultType]::ParameterValue, 'Access keys: list, get, create (cleartext shown once), update, activate, deactivate, delete (Descope)')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Audit trail: search it (Descope)')
            [CompletionResult]::new('sso-apps', 'sso-apps', [CompletionResultType]::ParameterValue, 'SSO applications: list and show them (Descope)')
            [CompletionResult]::new('stages', 'stages', [CompletionResultType]::ParameterValue, 'Stages: list them (ODC)')
            [CompletionResult]::new('apps', 'apps', [CompletionResultType]::ParameterValue, 'Apps: list the deployed apps and their stages (ODC)')
            [CompletionResult]::new('portfolios', 'portfolios', [CompletionResultType]::ParameterValue, 'Portfolios: list them (ODC)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make users, their groups and roles match a YAML/JSON file (plan, then --yes)')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Access review of the whole tenant: every user''s access with its source, a role''s holders')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare another profile''s users and access with this one''s, as a plan `apply` takes')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'The runs that wrote, as the journal kept them for the profile')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Undo a run of the journal (default: the profile''s last), after checking nothing changed since')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Profiles: where a platform is and how to authenticate to it')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Make an authenticated raw API call (like `gh api`)')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Serve a local, stateful emulator of the vendors'' APIs on 127.0.0.1')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('environment', 'environment', [CompletionResultType]::ParameterValue, 'The environment variables iamctl reads, and which wins')
            [CompletionResult]::new('commands', 'commands', [CompletionResultType]::ParameterValue, 'Every command with its arguments, flags, platforms and exit codes (for programs: -o json)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write the man pages into a directory')
            [CompletionResult]::new('assumptions', 'assumptions', [CompletionResultType]::ParameterValue, 'The unconfirmed vendor behaviours as Markdown (the README''s lists)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'iamctl;help;users' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users (one page by default; --all for every user, streamed)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one user, by key or e-mail')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'How many users match, in one request')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Every group, role and tenant a user holds, and where each comes from')
            [CompletionResult]::new('copy-access', 'copy-access', [CompletionResultType]::ParameterValue, 'Give a user the groups, roles and tenants another holds directly (plan first; nothing is taken away)')
            [CompletionResult]::new('lifecycle', 'lifecycle', [CompletionResultType]::ParameterValue, 'Deactivate, reactivate, delete or set an attribute of many users at once, from a file or stdin, with per-user results and --resume')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite a user (ODC: created Invited in the built-in identity provider; Descope: created and sent an invitation; Valuekeep: sendInvitation)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete users, by key or e-mail (cannot be undone)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create users from a CSV, JSON or NDJSON file, with per-row results')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write every user in the columns `users import` reads (CSV, JSON, NDJSON)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one attribute: name, active, photo-url... (ATTR below lists each platform''s)')
            [CompletionResult]::new('patch', 'patch', [CompletionResultType]::ParameterValue, 'Change several attributes at once; sends only what is given')
            [CompletionResult]::new('picture', 'picture', [CompletionResultType]::ParameterValue, 'Download a user''s picture (Valuekeep)')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'A user''s group memberships')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'A user''s application roles (or organization roles with --org)')
            [CompletionResult]::new('tenants', 'tenants', [CompletionResultType]::ParameterValue, 'Descope: the tenants a user belongs to')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Descope: end every session of a user')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Descope: expire a user''s password, or set a temporary or active one')
            [CompletionResult]::new('delete-test-users', 'delete-test-users', [CompletionResultType]::ParameterValue, 'Descope: delete every test user of the project (cannot be undone)')
            [CompletionResult]::new('sso-apps', 'sso-apps', [CompletionResultType]::ParameterValue, 'Descope: the SSO apps a user may sign in to')
            [CompletionResult]::new('credentials', 'credentials', [CompletionResultType]::ParameterValue, 'Descope: remove a user''s TOTP seed, passkeys or recovery codes (a lost device)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Descope: the users'' sign-in history')
            break
        }
        'iamctl;help;users;list' {
            break
        }
        'iamctl;help;users;get' {
            break
        }
        'iamctl;help;users;count' {
            break
        }
        'iamctl;help;users;access' {
            break
        }
        'iamctl;help;users;copy-access' {
            break
        }
        'iamctl;help;users;lifecycle' {
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate every user listed (keeps their data and access)')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate every user listed')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete every user listed (cannot be undone)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one attribute of every user listed (as `users set`)')
            break
        }
        'iamctl;help;users;lifecycle;deactivate' {
            break
        }
        'iamctl;help;users;lifecycle;reactivate' {
            break
        }
        'iamctl;help;users;lifecycle;delete' {
            break
        }
        'iamctl;help;users;lifecycle;set' {
            break
        }
        'iamctl;help;users;create' {
            break
        }
        'iamctl;help;users;invite' {
            break
        }
        'iamctl;help;users;delete' {
            break
        }
        'iamctl;help;users;import' {
            break
        }
        'iamctl;help;users;export' {
            break
        }
        'iamctl;help;users;set' {
            break
        }
        'iamctl;help;users;patch' {
            break
        }
        'iamctl;help;users;picture' {
            break
        }
        'iamctl;help;users;groups' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The groups a user belongs to')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add the user to groups')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove the user from groups')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make these the user''s groups exactly (none: leave every assigned group)')
            break
        }
        'iamctl;help;users;groups;list' {
            break
        }
        'iamctl;help;users;groups;add' {
            break
        }
        'iamctl;help;users;groups;remove' {
            break
        }
        'iamctl;help;users;groups;set' {
            break
        }
        'iamctl;help;users;roles' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The roles a user holds')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Grant roles')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Revoke roles')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make these the user''s directly granted roles exactly (none: revoke all)')
            break
        }
        'iamctl;help;users;roles;list' {
            break
        }
        'iamctl;help;users;roles;add' {
            break
        }
        'iamctl;help;users;roles;remove' {
            break
        }
        'iamctl;help;users;roles;set' {
            break
        }
        'iamctl;help;users;tenants' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The tenants a user belongs to, with the user''s roles in each')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add the user to tenants')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove the user from tenants')
            break
        }
        'iamctl;help;users;tenants;list' {
            break
        }
        'iamctl;help;users;tenants;add' {
            break
        }
        'iamctl;help;users;tenants;remove' {
            break
        }
        'iamctl;help;users;logout' {
            break
        }
        'iamctl;help;users;password' {
            [CompletionResult]::new('expire', 'expire', [CompletionResultType]::ParameterValue, 'Make the user choose a new password at the next login')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a password: read from stdin, or asked for (hidden) on a terminal')
            break
        }
        'iamctl;help;users;password;expire' {
            break
        }
        'iamctl;help;users;password;set' {
            break
        }
        'iamctl;help;users;delete-test-users' {
            break
        }
        'iamctl;help;users;sso-apps' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The SSO apps a user may use (none: every app of the project)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Let the user use these SSO apps too (one request)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make these the user''s only SSO apps (none given: every app, confirmed)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take these SSO apps from the user (reads them first: leaving none, i.e. every app, is confirmed)')
            break
        }
        'iamctl;help;users;sso-apps;list' {
            break
        }
        'iamctl;help;users;sso-apps;add' {
            break
        }
        'iamctl;help;users;sso-apps;set' {
            break
        }
        'iamctl;help;users;sso-apps;remove' {
            break
        }
        'iamctl;help;users;credentials' {
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user''s TOTP seed, passkeys and/or recovery codes (none named: all three); asks first')
            break
        }
        'iamctl;help;users;credentials;remove' {
            break
        }
        'iamctl;help;users;history' {
            break
        }
        'iamctl;help;groups' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List groups')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one group, by key or name')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group in a stage')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete groups, by key or name')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'List a group''s members')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a group or change its description (ODC, Valuekeep)')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'The application roles a group grants its members (ODC)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one attribute of a group: name, email, description, key, active (Valuekeep)')
            [CompletionResult]::new('add-members', 'add-members', [CompletionResultType]::ParameterValue, 'Put users in a group, in one request (Valuekeep)')
            [CompletionResult]::new('remove-members', 'remove-members', [CompletionResultType]::ParameterValue, 'Take users out of a group, in one request (Valuekeep)')
            [CompletionResult]::new('claim-mappings', 'claim-mappings', [CompletionResultType]::ParameterValue, 'The identity-provider claims that make users members (ODC)')
            break
        }
        'iamctl;help;groups;list' {
            break
        }
        'iamctl;help;groups;get' {
            break
        }
        'iamctl;help;groups;create' {
            break
        }
        'iamctl;help;groups;delete' {
            break
        }
        'iamctl;help;groups;members' {
            break
        }
        'iamctl;help;groups;update' {
            break
        }
        'iamctl;help;groups;roles' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The application roles a group grants')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Make the group grant these roles too')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop the group granting these roles')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make these exactly the roles the group grants (none: grant nothing)')
            break
        }
        'iamctl;help;groups;roles;list' {
            break
        }
        'iamctl;help;groups;roles;add' {
            break
        }
        'iamctl;help;groups;roles;remove' {
            break
        }
        'iamctl;help;groups;roles;set' {
            break
        }
        'iamctl;help;groups;set' {
            break
        }
        'iamctl;help;groups;add-members' {
            break
        }
        'iamctl;help;groups;remove-members' {
            break
        }
        'iamctl;help;groups;claim-mappings' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The identity-provider claims that make users members of a group')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove claim mappings from a group, by key')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove every claim mapping of a group (members then come only from assignment)')
            break
        }
        'iamctl;help;groups;claim-mappings;list' {
            break
        }
        'iamctl;help;groups;claim-mappings;remove' {
            break
        }
        'iamctl;help;groups;claim-mappings;clear' {
            break
        }
        'iamctl;help;roles' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List application roles (or organization roles with --org)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one role, by key or name (ODC: application roles with --app and --stage, or --org)')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'List the users who hold a role')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a role (ODC: an organization role, with --org; Valuekeep: NAME is its description)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a role (ODC: an organization role, with --org; Valuekeep: its description)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete roles (ODC: organization roles, with --org; cannot be undone)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one attribute of a role: description, localizable-description, key, active, administration, default, internal (Valuekeep)')
            [CompletionResult]::new('add-users', 'add-users', [CompletionResultType]::ParameterValue, 'Give a role to users, in one request (Valuekeep)')
            [CompletionResult]::new('remove-users', 'remove-users', [CompletionResultType]::ParameterValue, 'Take a role from users, in one request (Valuekeep)')
            [CompletionResult]::new('permissions', 'permissions', [CompletionResultType]::ParameterValue, 'The permissions an organization role grants (ODC, with --org)')
            break
        }
        'iamctl;help;roles;list' {
            break
        }
        'iamctl;help;roles;get' {
            break
        }
        'iamctl;help;roles;users' {
            break
        }
        'iamctl;help;roles;create' {
            break
        }
        'iamctl;help;roles;update' {
            break
        }
        'iamctl;help;roles;delete' {
            break
        }
        'iamctl;help;roles;set' {
            break
        }
        'iamctl;help;roles;add-users' {
            break
        }
        'iamctl;help;roles;remove-users' {
            break
        }
        'iamctl;help;roles;permissions' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The permissions an organization role grants')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Grant these permissions through the role too')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop the role granting these permissions')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make these exactly the role''s permissions')
            break
        }
        'iamctl;help;roles;permissions;list' {
            break
        }
        'iamctl;help;roles;permissions;add' {
            break
        }
        'iamctl;help;roles;permissions;remove' {
            break
        }
        'iamctl;help;roles;permissions;set' {
            break
        }
        'iamctl;help;tenants' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenants (Descope)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one tenant, by id or name (Descope)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a tenant (Descope)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a tenant''s name, self-provisioning domains or custom attributes (Descope)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete tenants (Descope; cannot be undone)')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'A tenant''s session and SSO settings (Descope)')
            [CompletionResult]::new('default-roles', 'default-roles', [CompletionResultType]::ParameterValue, 'Set the project roles a tenant''s new users get (Descope; none clears them)')
            break
        }
        'iamctl;help;tenants;list' {
            break
        }
        'iamctl;help;tenants;get' {
            break
        }
        'iamctl;help;tenants;create' {
            break
        }
        'iamctl;help;tenants;update' {
            break
        }
        'iamctl;help;tenants;delete' {
            break
        }
        'iamctl;help;tenants;settings' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a tenant''s settings (Descope)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set some of a tenant''s settings, KEY=VALUE as the API names them (e.g. sessionTokenExpiration=30 enabled=true) (Descope)')
            break
        }
        'iamctl;help;tenants;settings;get' {
            break
        }
        'iamctl;help;tenants;settings;set' {
            break
        }
        'iamctl;help;tenants;default-roles' {
            break
        }
        'iamctl;help;identity-providers' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List identity providers')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one identity provider, by key or name')
            break
        }
        'iamctl;help;identity-providers;list' {
            break
        }
        'iamctl;help;identity-providers;get' {
            break
        }
        'iamctl;help;permissions' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List permissions')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one permission, by key or name')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a permission (Descope)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a permission or change its description (Descope)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete permissions; roles stop granting them (Descope; cannot be undone)')
            break
        }
        'iamctl;help;permissions;list' {
            break
        }
        'iamctl;help;permissions;get' {
            break
        }
        'iamctl;help;permissions;create' {
            break
        }
        'iamctl;help;permissions;update' {
            break
        }
        'iamctl;help;permissions;delete' {
            break
        }
        'iamctl;help;access-keys' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the access keys (Descope; never their secrets)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one access key, by id or name (Descope)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an access key; its cleartext is printed once, on stdout (Descope)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename an access key or change its description (Descope)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Let an access key be used again (Descope)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Stop an access key from being used (Descope)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete access keys (Descope; cannot be undone)')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Give an access key a new secret, printed once on stdout; the old one stops working (Descope)')
            break
        }
        'iamctl;help;access-keys;list' {
            break
        }
        'iamctl;help;access-keys;get' {
            break
        }
        'iamctl;help;access-keys;create' {
            break
        }
        'iamctl;help;access-keys;update' {
            break
        }
        'iamctl;help;access-keys;activate' {
            break
        }
        'iamctl;help;access-keys;deactivate' {
            break
        }
        'iamctl;help;access-keys;delete' {
            break
        }
        'iamctl;help;access-keys;rotate' {
            break
        }
        'iamctl;help;audit' {
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search the audit trail (Descope)')
            break
        }
        'iamctl;help;audit;search' {
            break
        }
        'iamctl;help;sso-apps' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the SSO applications (Descope)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one SSO application, by id or name (Descope)')
            break
        }
        'iamctl;help;sso-apps;list' {
            break
        }
        'iamctl;help;sso-apps;get' {
            break
        }
        'iamctl;help;stages' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the stages (ODC), in their order')
            break
        }
        'iamctl;help;stages;list' {
            break
        }
        'iamctl;help;apps' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the deployed apps (ODC), one row per app and stage')
            break
        }
        'iamctl;help;apps;list' {
            break
        }
        'iamctl;help;portfolios' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the portfolios (ODC)')
            break
        }
        'iamctl;help;portfolios;list' {
            break
        }
        'iamctl;help;apply' {
            break
        }
        'iamctl;help;access' {
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Every user''s groups, roles and tenants, one row per (user, role, scope, source), streamed')
            [CompletionResult]::new('holders', 'holders', [CompletionResultType]::ParameterValue, 'Who holds one role, in which app/stage or tenant, and through what (direct, group G)')
            break
        }
        'iamctl;help;access;report' {
            break
        }
        'iamctl;help;access;holders' {
            break
        }
        'iamctl;help;diff' {
            break
        }
        'iamctl;help;history' {
            break
        }
        'iamctl;help;undo' {
            break
        }
        'iamctl;help;profile' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add or replace a profile; its secret goes to the OS keyring')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a profile (the selected one by default)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile and its keyring secret')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Fetch a token and make one cheap call; say what worked (--deep: check iamctl''s unconfirmed assumptions against the tenant, read-only)')
            break
        }
        'iamctl;help;profile;add' {
            break
        }
        'iamctl;help;profile;list' {
            break
        }
        'iamctl;help;profile;show' {
            break
        }
        'iamctl;help;profile;use' {
            break
        }
        'iamctl;help;profile;remove' {
            break
        }
        'iamctl;help;profile;test' {
            break
        }
        'iamctl;help;api' {
            break
        }
        'iamctl;help;sandbox' {
            break
        }
        'iamctl;help;completions' {
            break
        }
        'iamctl;help;environment' {
            break
        }
        'iamctl;help;commands' {
            break
        }
        'iamctl;help;man' {
            break
        }
        'iamctl;help;assumptions' {
            break
        }
        'iamctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
