//! `profile test --deep` on ODC: the assumptions of `assumptions.rs` that
//! a read shows, from the token just fetched and one page of users
//! (one GET). Findings hold shapes and flags only.

use reqwest::Method;
use serde_json::Value;

use super::assumptions as a;
use super::{Api, Odc};
use crate::backend::api::ApiClient;
use crate::backend::assumptions::{Finding, kind_of};
use crate::error::Result;

/// Users on the probe's one page: enough that one of them likely holds an
/// application role to look at; their data is read, never reported.
const PROBE_PAGE: u32 = 20;

impl Odc {
    pub(super) async fn deep_probe_impl(&self) -> Result<Vec<Finding>> {
        let mut out = Vec::new();
        out.push(match self.tokens.expires_in_seen() {
            Some(true) => Finding::held(a::EXPIRES_IN, "`expires_in` in the token answer"),
            Some(false) => Finding::differs(a::EXPIRES_IN, "no `expires_in` in the token answer"),
            None => Finding::unknown(a::EXPIRES_IN, "no token was fetched"),
        });
        let req = self
            .request(Method::GET, Api::Identity, "users")
            .query("limit", PROBE_PAGE)
            .query("offset", 0)
            .query("embed", "ApplicationRoles");
        let body = self.call(req, "probe: list one user").await?;
        let page = body.get("page");
        let total = page.and_then(|p| p.get("totalResults"));
        let n = body
            .get("results")
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        out.push(match total {
            Some(Value::Number(_)) => {
                Finding::held(a::TOTAL_RESULTS, "`page.totalResults` is a number")
            }
            other => Finding::differs(
                a::TOTAL_RESULTS,
                format!("`page.totalResults` is {}", kind_of(other)),
            ),
        });
        let more = total.and_then(Value::as_u64).map(|t| t > n as u64);
        let next = page.and_then(|p| p.get("nextPageOffset"));
        out.push(match (next, more) {
            (Some(Value::Number(_)), _) => {
                Finding::held(a::NEXT_PAGE_OFFSET, "`page.nextPageOffset` is a number")
            }
            (_, Some(false)) => Finding::unknown(
                a::NEXT_PAGE_OFFSET,
                "fewer than two users: no next page to point at",
            ),
            (other, _) if n == 0 => Finding::unknown(
                a::NEXT_PAGE_OFFSET,
                format!("no users; `page.nextPageOffset` is {}", kind_of(other)),
            ),
            (other, _) => Finding::differs(
                a::NEXT_PAGE_OFFSET,
                format!("`page.nextPageOffset` is {}", kind_of(other)),
            ),
        });
        // The first embedded role of the page, if any user holds one.
        let role = body
            .get("results")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|u| {
                u.pointer("/_embedded/applicationRoles")
                    .and_then(Value::as_array)
            })
            .find_map(|r| r.first());
        out.push(match role {
            None => Finding::unknown(
                a::EMBED_ROLE_SOURCES,
                "no user of the first page holds an application role to look at",
            ),
            Some(r) => match r.get("isDirectlyAssigned") {
                Some(Value::Bool(_)) => Finding::held(
                    a::EMBED_ROLE_SOURCES,
                    "an embedded role carries `isDirectlyAssigned` (a boolean)",
                ),
                other => Finding::differs(
                    a::EMBED_ROLE_SOURCES,
                    format!(
                        "an embedded role's `isDirectlyAssigned` is {}",
                        kind_of(other)
                    ),
                ),
            },
        });
        Ok(out)
    }
}
