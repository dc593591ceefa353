//! Which command was run and which of its own flags were given, read off
//! clap's matches, so that the capability check sees every flag without a
//! command having to list them (a flag added later is checked too).

use clap::ArgMatches;
use clap::parser::ValueSource;

/// Did the value of flag `--long` come from environment variable `var`:
/// set there, and the flag not typed on the command line?
pub fn from_environment(long: &str, var: &str) -> bool {
    let flag = format!("--{long}");
    let typed = std::env::args().any(|a| a == flag || a.starts_with(&format!("{flag}=")));
    !typed && std::env::var_os(var).is_some()
}

#[derive(Debug, Clone, Default)]
pub struct Invocation {
    /// The command path, e.g. `users roles add`.
    pub command: String,
    /// The leaf command's own flags given on the command line, by their
    /// long names (`--tenant`); global flags and positionals are left out.
    pub flags: Vec<String>,
}

impl Invocation {
    pub fn from_matches(root: &clap::Command, matches: &ArgMatches) -> Invocation {
        let mut path = Vec::new();
        let mut def = root;
        let mut m = matches;
        while let Some((name, sub)) = m.subcommand() {
            path.push(name.to_string());
            match def.find_subcommand(name) {
                Some(d) => def = d,
                None => break,
            }
            m = sub;
        }
        let mut flags = Vec::new();
        if !path.is_empty() {
            for arg in def.get_arguments() {
                let Some(long) = arg.get_long() else { continue };
                if arg.is_global_set() || long == "help" || long == "version" {
                    continue;
                }
                let id = arg.get_id().as_str();
                if matches!(
                    m.try_get_raw(id).ok().flatten().map(|_| m.value_source(id)),
                    Some(Some(ValueSource::CommandLine))
                ) {
                    flags.push(format!("--{long}"));
                }
            }
        }
        Invocation {
            command: path.join(" "),
            flags,
        }
    }
}
