//! `access report` on ODC (issue 13): every user's groups and roles, and
//! where each comes from, walked per list rather than per user, so the
//! cost does not grow with three requests a user:
//!
//! - stage and app names: 2 requests (`environments`, `deployed-assets`);
//! - application roles: the user list with `embed=ApplicationRoles`, whose
//!   roles say `isDirectlyAssigned` and `assignedGroups` (one request per
//!   100 users; narrowed by the server to an app or stage when asked);
//! - groups: `GET /groups`, then each group's members with their
//!   membership types (Assigned: direct, Mapped: identity provider);
//! - organization roles: `GET /organization-roles`, then each role's users.
//!
//! Rows are handed on as each page arrives (streamed, not collected).

use serde_json::Value;

use super::{Api, Odc, str_of};
use crate::backend::{Places, ReportFilter, Sink, access_row, report_row, summarize_user};
use crate::error::Result;

/// The key of a stage or app named by name or key, from the names listed.
fn key_in(map: &std::collections::HashMap<String, String>, spec: &str) -> Option<String> {
    map.iter()
        .find(|(k, n)| k.eq_ignore_ascii_case(spec) || n.eq_ignore_ascii_case(spec))
        .map(|(k, _)| k.clone())
}

fn name_in<'a>(map: &'a std::collections::HashMap<String, String>, key: &'a str) -> &'a str {
    map.get(key).map(String::as_str).unwrap_or(key)
}

impl Odc {
    pub(super) async fn report(&self, f: &ReportFilter, sink: Sink<'_>) -> Result<()> {
        self.walk(f, sink, None).await
    }

    /// The report's walk; `users`, when given, receives every user record
    /// of its user list (with `_embedded` application roles), so that a
    /// caller who needs both pays for one listing.
    async fn walk(
        &self,
        f: &ReportFilter,
        sink: Sink<'_>,
        mut users: Option<&mut Vec<Value>>,
    ) -> Result<()> {
        let places: Places = self.places().await?;
        let stage_key = match &f.stage {
            Some(s) => match key_in(&places.stages, s) {
                Some(k) => Some(k),
                None => return Err(self.stage_not_found(s)),
            },
            None => None,
        };
        let app_key = match &f.app {
            Some(a) => match key_in(&places.apps, a) {
                Some(k) => Some(k),
                None => return Err(self.app_not_found(a)),
            },
            None => None,
        };

        // Application roles, from the user list (the server narrows it to
        // users holding roles in the app or stage asked for).
        if f.org != Some(true) {
            let mut query = vec![("embed".to_string(), "ApplicationRoles".to_string())];
            if let Some(a) = &app_key {
                query.push(("assetKey".into(), a.clone()));
            }
            if let Some(e) = &stage_key {
                query.push(("environmentKey".into(), e.clone()));
            }
            let places = &places;
            self.each(
                Api::Identity,
                "users",
                &query,
                None,
                "list users with their roles",
                |u: Value| {
                    let who = summarize_user(&u);
                    for r in u
                        .pointer("/_embedded/applicationRoles")
                        .and_then(Value::as_array)
                        .into_iter()
                        .flatten()
                    {
                        let (ak, ek) = (str_of(r, "assetKey"), str_of(r, "environmentKey"));
                        let (app, stage) = (name_in(&places.apps, ak), name_in(&places.stages, ek));
                        let scope = format!("app {app}, stage {stage}");
                        let base = [
                            ("app", app),
                            ("appKey", ak),
                            ("stage", stage),
                            ("stageKey", ek),
                        ];
                        let access = |source: &str| {
                            access_row("role", str_of(r, "name"), str_of(r, "key"), &scope, source)
                        };
                        let mut rows = Vec::new();
                        let groups: Vec<&Value> = r
                            .get("assignedGroups")
                            .and_then(Value::as_array)
                            .into_iter()
                            .flatten()
                            .collect();
                        // UNCONFIRMED (README): the list's embedded roles say
                        // where they come from as the per-user route does; a
                        // role that says neither is taken as the user's own.
                        let direct = r
                            .get("isDirectlyAssigned")
                            .and_then(Value::as_bool)
                            .unwrap_or(groups.is_empty());
                        if direct {
                            rows.push(report_row(&who, access("direct"), &base));
                        }
                        for g in groups {
                            let (gn, gk) = (str_of(g, "name"), str_of(g, "key"));
                            let mut p = base.to_vec();
                            p.extend([("group", gn), ("groupKey", gk)]);
                            rows.push(report_row(&who, access(&format!("group {gn}")), &p));
                        }
                        for row in rows {
                            if f.matches(&row) {
                                sink(row)?;
                            }
                        }
                    }
                    if let Some(all) = users.as_mut() {
                        all.push(u);
                    }
                    Ok(())
                },
            )
            .await?;
        }

        // Group memberships: not asked for when only roles (or an app's) are.
        if f.org.is_none() && f.role.is_none() && f.app.is_none() {
            let mut query = Vec::new();
            if let Some(e) = &stage_key {
                query.push(("environmentKey".to_string(), e.clone()));
            }
            let groups = self
                .collect(Api::Identity, "groups", &query, "list groups")
                .await?;
            for g in groups.iter().filter(|g| {
                f.group.as_deref().is_none_or(|w| {
                    str_of(g, "name").eq_ignore_ascii_case(w) || str_of(g, "key") == w
                })
            }) {
                let (gn, gk, ek) = (
                    str_of(g, "name"),
                    str_of(g, "key"),
                    str_of(g, "environmentKey"),
                );
                let stage = name_in(&places.stages, ek);
                let scope = format!("stage {stage}");
                self.each(
                    Api::Identity,
                    &format!("groups/{gk}/users"),
                    &[],
                    None,
                    "list group members",
                    |m: Value| {
                        let u = m.get("user").unwrap_or(&m);
                        let who = summarize_user(u);
                        let types: Vec<&str> = m
                            .get("membershipTypes")
                            .and_then(Value::as_array)
                            .into_iter()
                            .flatten()
                            .filter_map(Value::as_str)
                            .collect();
                        let types = if types.is_empty() {
                            vec!["Assigned"]
                        } else {
                            types
                        };
                        for t in types {
                            let source = if t == "Mapped" {
                                "identity provider"
                            } else {
                                "direct"
                            };
                            let row = report_row(
                                &who,
                                access_row("group", gn, gk, &scope, source),
                                &[("stage", stage), ("stageKey", ek), ("groupKey", gk)],
                            );
                            if f.matches(&row) {
                                sink(row)?;
                            }
                        }
                        Ok(())
                    },
                )
                .await?;
            }
        }

        // Organization roles: they have no app, stage or group.
        if f.org != Some(false) && f.app.is_none() && f.stage.is_none() && f.group.is_none() {
            let roles = self
                .collect(
                    Api::Identity,
                    "organization-roles",
                    &[],
                    "list organization roles",
                )
                .await?;
            for r in roles.iter().filter(|r| {
                f.role.as_deref().is_none_or(|w| {
                    str_of(r, "name").eq_ignore_ascii_case(w) || str_of(r, "key") == w
                })
            }) {
                let (rn, rk) = (str_of(r, "name"), str_of(r, "key"));
                self.each(
                    Api::Identity,
                    &format!("organization-roles/{rk}/users"),
                    &[],
                    None,
                    "list the role's users",
                    |u: Value| {
                        let row = report_row(
                            &summarize_user(&u),
                            access_row("role", rn, rk, "organization", "direct"),
                            &[],
                        );
                        if f.matches(&row) {
                            sink(row)?;
                        }
                        Ok(())
                    },
                )
                .await?;
            }
        }
        Ok(())
    }

    /// Every user's record with their references, from the one walk.
    pub(super) async fn users_with_references(
        &self,
    ) -> Result<Vec<(Value, Vec<String>, Vec<String>)>> {
        let mut users = Vec::new();
        let mut all = self.walk_references(&mut users).await?;
        Ok(users
            .into_iter()
            .map(|u| {
                let (g, r) = all.remove(str_of(&u, "key")).unwrap_or_default();
                (u, g, r)
            })
            .collect())
    }

    /// Every user's direct groups (`STAGE/GROUP`), application roles
    /// (`APP/STAGE/ROLE`) and organization roles (`org:ROLE`) by user key,
    /// from the report's walk; `users` receives the records it lists.
    async fn walk_references(
        &self,
        users: &mut Vec<Value>,
    ) -> Result<std::collections::HashMap<String, (Vec<String>, Vec<String>)>> {
        use crate::backend::reference;
        let mut all: std::collections::HashMap<String, (Vec<String>, Vec<String>)> =
            std::collections::HashMap::new();
        self.walk(
            &ReportFilter::default(),
            &mut |r| {
                let f = |k: &str| r.get(k).and_then(Value::as_str).unwrap_or("").to_string();
                if f("source") != "direct" {
                    return Ok(());
                }
                let e = all.entry(f("userKey")).or_default();
                match (f("kind").as_str(), f("scope").as_str()) {
                    ("group", _) => e.0.push(reference::group_text(&f("stage"), &f("name"))),
                    ("role", "organization") => e.1.push(reference::org_role_text(&f("name"))),
                    ("role", _) => {
                        e.1.push(reference::app_role_text(&f("app"), &f("stage"), &f("name")))
                    }
                    _ => {}
                }
                Ok(())
            },
            Some(users),
        )
        .await?;
        Ok(all)
    }

    fn stage_not_found(&self, s: &str) -> crate::error::CliError {
        crate::error::CliError::not_found(format!("no stage named {s:?}"))
            .hint("list the stages with `iamctl api GET /api/portfolios/v2/environments`")
    }

    fn app_not_found(&self, a: &str) -> crate::error::CliError {
        crate::error::CliError::not_found(format!("no app named {a:?}"))
            .hint("the apps are those with roles: `iamctl roles list`")
    }
}
