//! Every ODC behaviour its OpenAPI contract leaves open, as data (see
//! `crate::assumptions`). The constants stay where the code uses them
//! (`src/http/pacer.rs`, `src/auth/mod.rs`, `paging.rs`), each marked
//! `UNCONFIRMED`; this list names them, says how `profile test --deep`
//! observes each one read-only, and what the client does when a tenant
//! differs. The README's ODC section is generated from it.
//!
//! To add one: append an entry (an id starting `odc-`); give it an
//! `Observe::Probe` and report it from `probe.rs`, or say why it cannot
//! be observed read-only.

use crate::assumptions::{Assumption, Fallback, Observe};

pub const SLIDING_WINDOW: &str = "odc-sliding-window";
pub const EXPIRES_IN: &str = "odc-expires-in";
pub const TOTAL_RESULTS: &str = "odc-total-results";
pub const NEXT_PAGE_OFFSET: &str = "odc-next-page-offset";
pub const EMBED_ROLE_SOURCES: &str = "odc-embed-role-sources";
pub const BULK_ORDER: &str = "odc-bulk-result-order";

pub const LIST: &[Assumption] = &[
    Assumption {
        id: SLIDING_WINDOW,
        assumed: "Pacing assumes ODC counts its per-minute limits over a sliding window \
                  (`src/http/pacer.rs`); a client-side sliding window is safe under a fixed window too.",
        observe: Observe::CannotObserveReadOnly(
            "only reaching the limit would show how it is counted, and the probe stays far below it",
        ),
        fallback: Fallback::Adapts(
            "nothing to change: a sliding window on the client also stays within a fixed one, \
             and a 429 is waited out (`Retry-After`) and retried",
        ),
        commands: &[],
    },
    Assumption {
        id: EXPIRES_IN,
        assumed: "A token answer without `expires_in` is taken to live one hour (`src/auth/mod.rs`).",
        observe: Observe::Probe("a fresh token request: is `expires_in` in the answer"),
        fallback: Fallback::Adapts("the token is renewed after one hour"),
        commands: &[],
    },
    Assumption {
        id: TOTAL_RESULTS,
        assumed: "A list answer carries `page.totalResults`, so the pages after the first are \
                  fetched concurrently (`paging.rs`).",
        observe: Observe::Probe(
            "`GET users?limit=20&offset=0&embed=ApplicationRoles`: is `page.totalResults` a number",
        ),
        fallback: Fallback::Adapts(
            "lists are followed page by page via `nextPageOffset`, one request at a time",
        ),
        commands: &[],
    },
    Assumption {
        id: NEXT_PAGE_OFFSET,
        assumed: "Without a total, `page.nextPageOffset` gives the next page's offset.",
        observe: Observe::Probe(
            "the same page: is `page.nextPageOffset` a number when more users follow",
        ),
        fallback: Fallback::Adapts("the next offset is counted from the results received"),
        commands: &[],
    },
    Assumption {
        id: EMBED_ROLE_SOURCES,
        assumed: "`access report` and `diff`: the user list's `embed=ApplicationRoles` carries, \
                  per role, `isDirectlyAssigned` and `assignedGroups` as the per-user route does \
                  (the spec says so for `GET /users`); a role saying neither is taken as the \
                  user's own (`report.rs`).",
        observe: Observe::Probe("the same page: does an embedded role carry `isDirectlyAssigned`"),
        fallback: Fallback::Warns(
            "roles that come through a group may be reported as held directly",
        ),
        commands: &["access", "diff", "users export --memberships"],
    },
    Assumption {
        id: BULK_ORDER,
        assumed: "Bulk import matches the operation's records to the input rows by the e-mail \
                  each record carries. A record without one is matched by position, which \
                  assumes the answer keeps the input order (the spec promises no order); only \
                  when the answer has a record for every row (`bulk.rs`, `by_position`).",
        observe: Observe::CannotObserveReadOnly("only a bulk import shows its answer"),
        fallback: Fallback::Adapts(
            "records are matched by e-mail; a row no record can be matched to fails \
             (`MissingRecord`) and a resumed run finds the user by e-mail",
        ),
        commands: &[],
    },
];
