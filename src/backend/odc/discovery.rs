//! `stages list`, `apps list`, `portfolios list`: the Portfolio API's
//! `environments`, `deployed-assets` and `portfolios`, one listing each
//! (`apps list` names each deployment's stage from the name cache, or
//! reads the stages too when it holds none).
//! Every name listed feeds the name cache, so that the `--stage`, `--app`
//! and `--portfolio` that follow cost no request.

use std::collections::HashMap;

use serde_json::{Value, json};

use super::{Api, Odc, str_of};
use crate::backend::Sink;
use crate::backend::admin::Discovery;
use crate::error::{CliError, Result};

impl Odc {
    async fn stages(&self) -> Result<Vec<Value>> {
        let body = self
            .get(Api::Portfolio, "environments", &[], "list stages")
            .await?;
        let envs: Vec<Value> = body
            .get("results")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        super::resolve::remember_unique(&self.names, "stage", &envs);
        self.names.put_labels("stage", &stage_names(&envs));
        Ok(envs)
    }

    /// Every stage's name by key: from the name cache when a listing gave
    /// them within its TTL, else one request.
    async fn stage_labels(&self) -> Result<HashMap<String, String>> {
        match self.names.labels("stage") {
            Some(names) => Ok(names),
            None => Ok(stage_names(&self.stages().await?)),
        }
    }
}

fn stage_names(envs: &[Value]) -> HashMap<String, String> {
    envs.iter()
        .map(|e| (str_of(e, "key").to_string(), str_of(e, "name").to_string()))
        .collect()
}

#[async_trait::async_trait]
impl Discovery for Odc {
    async fn list_stages(&self, sink: Sink<'_>) -> Result<()> {
        let mut envs = self.stages().await?;
        envs.sort_by_key(|e| e.get("order").and_then(Value::as_i64).unwrap_or(i64::MAX));
        for e in envs {
            sink(e)?;
        }
        Ok(())
    }

    /// One row per deployment: the app's key, its name in that stage, the
    /// stage's key and name, type, revision.
    async fn list_apps(&self, stage: Option<&str>, sink: Sink<'_>) -> Result<()> {
        let names = self.stage_labels().await?;
        let env_key = match stage {
            None => None,
            Some(s) => Some(
                names
                    .iter()
                    .find(|(k, n)| *k == s || n.eq_ignore_ascii_case(s))
                    .map(|(k, _)| k.clone())
                    .ok_or_else(|| CliError::missing("stage", s))?,
            ),
        };
        let query: Vec<(String, String)> = env_key
            .iter()
            .map(|k| ("environmentKey".to_string(), k.clone()))
            .collect();
        let assets = self
            .collect(Api::Portfolio, "deployed-assets", &query, "list apps")
            .await?;
        let mut rows = Vec::new();
        let mut remembered = Vec::new();
        for a in &assets {
            for d in a
                .get("deployments")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let ek = str_of(d, "environmentKey");
                if env_key.as_deref().is_some_and(|k| k != ek) {
                    continue;
                }
                let name = str_of(d, "name");
                remembered.push((
                    format!("app\n{ek}\n{}", name.to_lowercase()),
                    str_of(a, "key").to_string(),
                ));
                rows.push(json!({
                    "key": str_of(a, "key"),
                    "name": name,
                    "type": str_of(a, "type"),
                    "stage": names.get(ek).cloned().unwrap_or_else(|| ek.to_string()),
                    "environmentKey": ek,
                    "revision": d.get("revision").cloned().unwrap_or(Value::Null),
                    "url": str_of(d, "url"),
                }));
            }
        }
        self.names.put_all(remembered);
        rows.sort_by(|a, b| {
            (str_of(a, "name").to_lowercase(), str_of(a, "stage"))
                .cmp(&(str_of(b, "name").to_lowercase(), str_of(b, "stage")))
        });
        for r in rows {
            sink(r)?;
        }
        Ok(())
    }

    async fn list_portfolios(&self, sink: Sink<'_>) -> Result<()> {
        let all = self
            .collect(Api::Portfolio, "portfolios", &[], "list portfolios")
            .await?;
        super::resolve::remember_unique(&self.names, "portfolio", &all);
        for p in all {
            sink(p)?;
        }
        Ok(())
    }
}
