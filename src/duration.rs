//! The one check every duration given in seconds passes (`--timeout`,
//! `--max-wait`, `--rate-window`, the sandbox's `--rate-window`), flag or
//! environment alike, so that each refuses the same things with the same
//! words, and none reaches `Duration::from_secs_f64` (which panics on
//! infinity or on more than `u64::MAX` seconds) or a timer unchecked.

use std::time::Duration;

use crate::error::{CliError, Result};

/// The shortest duration accepted: below this a timer or a window means
/// nothing (a request cannot be answered in a microsecond).
pub const MIN_SECS: f64 = 0.001;
/// The longest: a week. Far above any sensible timeout, retry budget or
/// rate window, and far below what would overflow a clock.
pub const MAX_SECS: f64 = 604_800.0;

/// `value` seconds, given as `flag`, as a `Duration`; or the one message
/// every duration flag refuses with.
pub fn seconds(value: f64, flag: &str) -> Result<Duration> {
    check(value).map_err(|why| match from_env(flag) {
        // No flag was typed: the value is the environment's, told by it.
        Some(var) => CliError::usage(format!("{var} (--{}) {why}", flag.trim_start_matches("--")))
            .hint(format!(
                "set {var} to a number of seconds from {MIN_SECS} to {MAX_SECS} (fractions allowed), or unset it"
            )),
        None => CliError::usage(format!("{flag} {why}")).hint(format!(
            "give a number of seconds from {MIN_SECS} to {MAX_SECS} (fractions allowed), e.g. {flag} 30"
        )),
    })
}

/// The variable a duration flag reads (`--max-wait`: `IAMCTL_MAX_WAIT`)
/// when the value came from it: set, and the flag not on the command line.
fn from_env(flag: &str) -> Option<String> {
    let long = flag.trim_start_matches("--");
    let var = format!("IAMCTL_{}", long.replace('-', "_").to_uppercase());
    crate::invocation::from_environment(long, &var).then_some(var)
}

/// The same check for a clap `value_parser` (text in, seconds out).
pub fn parse_seconds(text: &str) -> std::result::Result<f64, String> {
    let v: f64 = text
        .trim()
        .parse()
        .map_err(|_| format!("{text:?} is not a number of seconds"))?;
    check(v).map(|_| v).map_err(|why| {
        format!("{why}: give a number of seconds from {MIN_SECS} to {MAX_SECS} (fractions allowed)")
    })
}

/// For the global duration flags: any text is taken (what is not a number
/// becomes NaN), so that the one check of [`seconds`] refuses it, with the
/// flag's name and the documented words, rather than clap's own.
pub fn any_seconds(text: &str) -> std::result::Result<f64, String> {
    Ok(text.trim().parse().unwrap_or(f64::NAN))
}

fn check(v: f64) -> std::result::Result<Duration, String> {
    if v.is_nan() {
        Err("is not a number".into())
    } else if v < MIN_SECS {
        Err(format!(
            "must be at least {MIN_SECS} seconds, not {}",
            shown(v)
        ))
    } else if v > MAX_SECS {
        Err(format!(
            "must be at most {MAX_SECS} seconds (a week), not {}",
            shown(v)
        ))
    } else {
        Ok(Duration::from_secs_f64(v))
    }
}

/// A number as a person would write it: `1e300`, not 300 digits.
fn shown(v: f64) -> String {
    if v != 0.0 && v.is_finite() && !(1e-3..1e9).contains(&v.abs()) {
        format!("{v:e}")
    } else {
        v.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_what_would_panic_or_mean_nothing() {
        for bad in [
            0.0,
            -1.0,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            1e300,
            1e-300,
            1e-4,
        ] {
            let e = seconds(bad, "--timeout").unwrap_err();
            assert_eq!(e.exit_code(), 2, "{bad}");
            assert!(e.message.starts_with("--timeout "), "{}", e.message);
        }
        assert_eq!(
            seconds(1.5, "--timeout").unwrap(),
            Duration::from_millis(1500)
        );
        assert_eq!(
            seconds(MAX_SECS, "--timeout").unwrap(),
            Duration::from_secs(604_800)
        );
        assert!(parse_seconds("inf").is_err());
        assert!(parse_seconds("nan").is_err());
        assert!(parse_seconds("0").is_err());
        assert!(parse_seconds("abc").is_err());
        assert_eq!(parse_seconds("0.5"), Ok(0.5));
    }
}
