//! `iamctl help environment` (and `iamctl environment`): every variable
//! iamctl reads, what it sets, and which wins. A test holds this list to
//! the variables the code reads.

use clap::Args;

use crate::error::Result;

pub const TEXT: &str = "\
Environment variables iamctl reads.

Precedence: a command-line flag wins over its variable, and a variable wins
over the profile file. With IAMCTL_KIND set and no profile named (-p or
IAMCTL_PROFILE), the profile comes from the environment alone and nothing
is borrowed from the file's default profile.

Global flags
  IAMCTL_PROFILE        --profile: the profile to use
  IAMCTL_OUTPUT         --output: table, json, ndjson, csv or tsv
  IAMCTL_NO_INPUT       --no-input: never prompt
  IAMCTL_YES            --yes: answer yes to confirmations
  IAMCTL_QUIET          --quiet: say less on stderr
  IAMCTL_TIMEOUT        --timeout: seconds before one request times out
  IAMCTL_MAX_WAIT       --max-wait: seconds to spend on retries per request
  IAMCTL_RATE           --rate: requests per rate window (0: no pacing)
  IAMCTL_RATE_WINDOW    --rate-window: seconds in the platform's rate window
  IAMCTL_REFRESH        --refresh: look names up afresh, not from the name cache
  IAMCTL_NO_JOURNAL     1: --no-journal: keep no journal of this run's writes

The environment route (CI: no profile file needed)
  IAMCTL_KIND           odc, valuekeep or descope
  IAMCTL_PORTAL         ODC: the portal domain (https:// implied)
  IAMCTL_CLIENT_ID      ODC, Valuekeep: the OAuth client id
  IAMCTL_CLIENT_SECRET  ODC, Valuekeep: the OAuth client secret
  IAMCTL_BASE_URL       Valuekeep: the API host; Descope: the API base URL
  IAMCTL_TENANT         Valuekeep: the tenant key
  IAMCTL_ORG            Valuekeep: the organization key
  IAMCTL_TOKEN_URL      Valuekeep: the token endpoint
  IAMCTL_SCOPE          Valuekeep: the OAuth scope
  IAMCTL_CLIENT_AUTH    Valuekeep: post (form fields) or basic (HTTP Basic)
  IAMCTL_PROJECT_ID     Descope: the project id (also DESCOPE_PROJECT_ID)
  IAMCTL_MANAGEMENT_KEY Descope: the management key (also DESCOPE_MANAGEMENT_KEY)
  DESCOPE_PROJECT_ID, DESCOPE_BASE_URL, DESCOPE_MANAGEMENT_KEY
                        the names Descope's own SDKs read, used when the
                        IAMCTL_ ones are not set

Files and terminal
  IAMCTL_CONFIG_DIR     where profiles live (config.toml)
  IAMCTL_CACHE_DIR      where cached tokens, names resolved in the last ten
                        minutes and the built-in sandbox's state live
  IAMCTL_DATA_DIR       where the journal of writes lives (journal/PROFILE.ndjson),
                        read by `iamctl history` and `iamctl undo`
  IAMCTL_NO_KEYRING     1: behave as if there were no OS keyring
  NO_COLOR              no colours
  COLUMNS               the width tables fit into

The sandbox (iamctl sandbox)
  IAMCTL_SANDBOX_CLIENT_SECRET
                        the OAuth client secret it accepts (instead of
                        --client-secret, which `ps` would show)
  IAMCTL_SANDBOX_MANAGEMENT_KEY
                        the Descope management key it accepts (instead of
                        --descope-management-key, which `ps` would show)
  IAMCTL_SANDBOX_VALUEKEEP_COUNT
                        never: Valuekeep lists answer no `count`, as a server
                        that ignores $inlinecount would
  IAMCTL_SANDBOX_VARIANT
                        answer in other shapes the vendors' documents allow,
                        comma-separated (also the built-in sandbox profiles):
                        odc-no-total, odc-no-expires-in, vk-no-expires-in,
                        vk-status-names, vk-relative-links, vk-no-count,
                        vk-no-skip, descope-no-total
  IAMCTL_SANDBOX_REQUEST_LOG
                        a file the sandbox appends every request it receives
                        to (`METHOD /path?query` a line), for tests
";

/// No arguments: the text is the command's long help.
#[derive(Debug, Args)]
pub struct EnvironmentArgs {}

pub fn run(_: EnvironmentArgs) -> Result<()> {
    use std::io::Write;
    std::io::stdout().write_all(TEXT.as_bytes())?;
    Ok(())
}
