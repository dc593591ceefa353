//! `users access USER`: what a user holds and from where, as transcripts.

use crate::common::world::{descope, odc, valuekeep};

// ------------------------------------------------------ access review ----
//
// Issue 13: one table on every platform, each row with where it comes from.

#[test]
fn odc_users_access() {
    // -v: the request count is part of the transcript: discovery and
    // token, the e-mail lookup, then five whatever the user holds.
    odc().check(
        "odc_users_access",
        &["-v", "users", "access", "marta.teixeira1@example.com"],
        0,
    );
}

#[test]
fn valuekeep_users_access() {
    valuekeep().check(
        "valuekeep_users_access",
        &["users", "access", "katia.pereira1"],
        0,
    );
}

#[test]
fn descope_users_access() {
    descope().check(
        "descope_users_access",
        &["users", "access", "eva.ferreira1@example.com"],
        0,
    );
}
