//! `users access` and `access report` on Descope: every user record
//! carries its project roles and its tenants with their roles, so a
//! user's access is one GET and the report costs the search pages and
//! nothing more (issue 13).

use serde_json::Value;

use super::Descope;
use super::users::str_of;
use crate::backend::{Backend, Sink, UserQuery};
use crate::error::Result;

impl Descope {
    /// Project roles, tenants and the roles held in each: one GET.
    pub(super) async fn user_access_rows(&self, key: &str, sink: Sink<'_>) -> Result<()> {
        use crate::backend::access_row as row;
        let user = self.load(key).await?;
        let names = |v: &Value| -> Vec<String> {
            v.get("roleNames")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        };
        for r in names(&user) {
            sink(row("role", &r, &r, "project", "direct"))?;
        }
        let tenants = user
            .get("userTenants")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        for t in &tenants {
            let id = str_of(t, "tenantId").unwrap_or("");
            let name = str_of(t, "tenantName").unwrap_or(id);
            sink(row("tenant", name, id, "", "direct"))?;
            for r in names(t) {
                sink(row("role", &r, &r, &format!("tenant {id}"), "direct"))?;
            }
        }
        Ok(())
    }

    pub(super) async fn access_report_rows(
        &self,
        filter: &crate::backend::ReportFilter,
        sink: Sink<'_>,
    ) -> Result<()> {
        use crate::backend::{access_row as row, report_row, summarize_user};
        self.list_users(&UserQuery::default(), &mut |user| {
            let who = summarize_user(&user);
            let names = |v: &Value| -> Vec<String> {
                v.get("roleNames")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            };
            let mut rows = Vec::new();
            for r in names(&user) {
                rows.push(report_row(
                    &who,
                    row("role", &r, &r, "project", "direct"),
                    &[],
                ));
            }
            for t in user
                .get("userTenants")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let id = str_of(t, "tenantId").unwrap_or("");
                let name = str_of(t, "tenantName").unwrap_or(id);
                let place = [("tenant", name), ("tenantKey", id)];
                rows.push(report_row(
                    &who,
                    row("tenant", name, id, "", "direct"),
                    &place,
                ));
                for r in names(t) {
                    rows.push(report_row(
                        &who,
                        row("role", &r, &r, &format!("tenant {id}"), "direct"),
                        &place,
                    ));
                }
            }
            for r in rows {
                if filter.matches(&r) {
                    sink(r)?;
                }
            }
            Ok(())
        })
        .await
    }
}
