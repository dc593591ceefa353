//! Dynamic completion (`source <(COMPLETE=bash iamctl)`): values the
//! static scripts cannot know — profile names from the config file, field
//! names for `--fields`. The checked-in static scripts stay as they are.

use std::ffi::OsStr;

use clap_complete::engine::CompletionCandidate;

/// Profiles in the config file, and the built-in ones.
pub fn profile_names() -> Vec<CompletionCandidate> {
    let mut names: Vec<CompletionCandidate> = crate::config::ConfigFile::load()
        .map(|f| f.profiles.into_keys().collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .map(CompletionCandidate::new)
        .collect();
    for b in crate::builtin::BUILTIN_PROFILES {
        names.push(CompletionCandidate::new(b).help(Some("built-in sandbox".into())));
    }
    names
}

/// Every field of every kind of record on every platform, after the
/// fields already typed (`key,em` → `key,email`).
pub fn field_names(current: &OsStr) -> Vec<CompletionCandidate> {
    let current = current.to_string_lossy();
    let (done, partial) = match current.rfind(',') {
        Some(i) => (&current[..=i], &current[i + 1..]),
        None => ("", current.as_ref()),
    };
    let mut fields: Vec<&str> = Vec::new();
    for views in [
        &crate::views::ODC,
        &crate::views::VALUEKEEP,
        &crate::views::DESCOPE,
    ] {
        for v in [
            views.user,
            views.user_group,
            views.user_role,
            views.group,
            views.group_member,
            views.role,
            views.role_user,
        ] {
            fields.extend(v.fields.iter().copied());
        }
    }
    fields.sort_unstable();
    fields.dedup();
    fields
        .into_iter()
        .filter(|f| f.starts_with(partial))
        .map(|f| CompletionCandidate::new(format!("{done}{f}")))
        .collect()
}
