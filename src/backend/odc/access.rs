//! `users access USER` on ODC: every group and role the user holds, and
//! where each comes from (a direct grant, a group, an identity provider),
//! by name, per app and stage. Five requests, whatever the user holds.

use std::collections::HashMap;

use serde_json::Value;

use super::{Api, Odc, str_of};
use crate::backend::{Places, Sink, access_row as row};
use crate::error::Result;

impl Odc {
    /// Stage and app names by key: one listing of each.
    pub(super) async fn places(&self) -> Result<Places> {
        self.places
            .get_or_try_init(|| self.list_places())
            .await
            .cloned()
    }

    /// From the name cache when a listing of each is fresh there, else one
    /// listing of each (remembered for the next command, and for
    /// completion).
    async fn list_places(&self) -> Result<Places> {
        if let (Some(stages), Some(apps)) = (self.names.labels("stage"), self.names.labels("app")) {
            return Ok(Places { stages, apps });
        }
        let envs = self
            .get(Api::Portfolio, "environments", &[], "list stages")
            .await?;
        let stages: HashMap<String, String> = envs
            .get("results")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|e| (str_of(e, "key").to_string(), str_of(e, "name").to_string()))
            .collect();
        let assets = self
            .collect(Api::Portfolio, "deployed-assets", &[], "list apps")
            .await?;
        let apps: HashMap<String, String> = assets
            .iter()
            .map(|a| {
                let name = a
                    .get("deployments")
                    .and_then(Value::as_array)
                    .and_then(|d| d.first())
                    .map(|d| str_of(d, "name"))
                    .filter(|n| !n.is_empty())
                    .unwrap_or_else(|| str_of(a, "name"));
                (str_of(a, "key").to_string(), name.to_string())
            })
            .collect();
        self.names.put_labels("stage", &stages);
        self.names.put_labels("app", &apps);
        Ok(Places { stages, apps })
    }

    pub(super) async fn access_rows(&self, user: &str, sink: Sink<'_>) -> Result<()> {
        // Stage and app names, so that rows read as the admin knows them.
        let places = self.places().await?;
        let stage = |k: &str| {
            places
                .stages
                .get(k)
                .cloned()
                .unwrap_or_else(|| k.to_string())
        };
        let apps = &places.apps;

        let groups = self
            .collect(
                Api::Identity,
                &format!("users/{user}/groups"),
                &[],
                "list the user's groups",
            )
            .await?;
        for g in &groups {
            let group = g.get("group").unwrap_or(g);
            let types: Vec<&str> = g
                .get("membershipTypes")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            for t in if types.is_empty() {
                vec!["Assigned"]
            } else {
                types
            } {
                let source = if t == "Mapped" {
                    "identity provider"
                } else {
                    "direct"
                };
                sink(row(
                    "group",
                    str_of(group, "name"),
                    str_of(group, "key"),
                    &format!("stage {}", stage(str_of(group, "environmentKey"))),
                    source,
                ))?;
            }
        }

        let all_sources: Vec<(String, String)> = ["Direct", "GroupAssigned", "GroupMapped"]
            .iter()
            .map(|s| ("assignmentSources".to_string(), s.to_string()))
            .collect();
        let roles = self
            .collect(
                Api::Identity,
                &format!("users/{user}/application-roles"),
                &all_sources,
                "list the user's roles",
            )
            .await?;
        for r in &roles {
            let scope = format!(
                "app {}, stage {}",
                apps.get(str_of(r, "assetKey"))
                    .map(String::as_str)
                    .unwrap_or(str_of(r, "assetKey")),
                stage(str_of(r, "environmentKey"))
            );
            if r.get("isDirectlyAssigned").and_then(Value::as_bool) == Some(true) {
                sink(row(
                    "role",
                    str_of(r, "name"),
                    str_of(r, "key"),
                    &scope,
                    "direct",
                ))?;
            }
            for g in r
                .get("assignedGroups")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                sink(row(
                    "role",
                    str_of(r, "name"),
                    str_of(r, "key"),
                    &scope,
                    &format!("group {}", str_of(g, "name")),
                ))?;
            }
        }

        let org = self
            .collect(
                Api::Identity,
                &format!("users/{user}/organization-roles"),
                &[],
                "list the user's organization roles",
            )
            .await?;
        for r in &org {
            sink(row(
                "role",
                str_of(r, "name"),
                str_of(r, "key"),
                "organization",
                "direct",
            ))?;
        }
        Ok(())
    }
}
