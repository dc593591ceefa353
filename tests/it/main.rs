//! One integration-test binary (as jj does): every test runs the real
//! `iamctl` binary, usually against a sandbox it started over loopback.

mod common;
mod docs;
mod sandbox_odc;
mod users_odc;
mod groups_roles_odc;
mod output;
mod failures;
mod profile;
mod valuekeep;
