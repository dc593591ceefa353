//! One integration-test binary (as jj does): every test runs the real
//! `iamctl` binary, usually against a sandbox it started over loopback.

mod access_review;
mod bulk;
mod catalogue;
#[cfg(unix)] // POSIX sh, tar and file modes: the installer is for sh
mod ci_recipe;
mod common;
mod descope;
mod descope_admin;
mod docs;
mod drift;
mod failures;
mod fuzz;
mod groups_roles_odc;
mod hardening;
mod keyring;
mod matrix;
mod odc_surface;
mod output;
mod pacing;
mod probe;
mod profile;
mod roundtrip;
mod sandbox_odc;
mod secrets_leak;
mod speed;
mod stale;
mod test_undo_command;
mod test_write_outcomes;
mod transcripts;
mod users_odc;
mod valuekeep;
mod valuekeep_admin;
