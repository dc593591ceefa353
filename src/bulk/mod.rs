//! Bulk provisioning shared by `users import`, `users export` and `apply`:
//! reading and validating rows, per-row results (and resuming from them),
//! and the runner that creates users with their groups and roles.

pub mod identities;
pub mod input;
pub mod results;
pub mod run;
pub mod strict;
