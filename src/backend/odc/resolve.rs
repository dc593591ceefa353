//! Names to keys. ODC takes only keys (UUIDs); admins have e-mails and
//! names at hand. Each lookup is one list call, filtered server-side as far
//! as the API allows and matched exactly here; an ambiguous name is an
//! error that lists the candidates. What resolved is remembered for ten
//! minutes (`backend::name_cache`), so a script of many commands naming the
//! same stage, app and roles looks each up once.

use serde_json::Value;

use super::{Api, Odc, str_of};
use crate::backend::is_uuid;
use crate::error::{CliError, OrMissing, Result};

fn one_of(
    what: &str,
    name: &str,
    mut found: Vec<Value>,
    describe: impl Fn(&Value) -> String,
    hint: &str,
) -> Result<Value> {
    match found.len() {
        1 => Ok(found.remove(0)),
        0 => Err(CliError::missing(what, name)),
        _ => {
            let list: Vec<String> = found.iter().map(describe).collect();
            Err(CliError::usage(format!(
                "{what} {name:?} is ambiguous; candidates:\n  {}",
                list.join("\n  ")
            ))
            .hint(hint.to_string()))
        }
    }
}

impl Odc {
    /// A user by key (one GET) or by e-mail (one filtered list call).
    pub async fn user(&self, spec: &str) -> Result<Value> {
        if is_uuid(spec) {
            return self
                .get(
                    Api::Identity,
                    &format!("users/{spec}"),
                    &[],
                    &format!("get user {spec}"),
                )
                .await
                .or_missing("user", spec);
        }
        self.user_by_email(spec).await
    }

    /// A user's key: free for a key, one list call for an e-mail.
    pub async fn user_key(&self, spec: &str) -> Result<String> {
        if is_uuid(spec) {
            return Ok(spec.to_string());
        }
        let u = self.user_by_email(spec).await?;
        Ok(str_of(&u, "key").to_string())
    }

    async fn user_by_email(&self, email: &str) -> Result<Value> {
        if !email.contains('@') {
            return Err(CliError::usage(format!(
                "{email:?} is neither a user key (UUID) nor an e-mail address"
            )));
        }
        let query = [("nameOrEmailContains".to_string(), email.to_string())];
        let page = self
            .page(
                Api::Identity,
                "users",
                &query,
                0,
                100,
                &format!("find user {email}"),
            )
            .await?;
        let found: Vec<Value> = page
            .results
            .into_iter()
            .filter(|u| str_of(u, "email").eq_ignore_ascii_case(email))
            .collect();
        one_of(
            "user",
            email,
            found,
            |u| format!("{} {}", str_of(u, "key"), str_of(u, "email")),
            "name the user by key",
        )
    }

    /// An environment (a "stage") by key or name, e.g. "Production".
    pub async fn environment_key(&self, spec: &str) -> Result<String> {
        if is_uuid(spec) {
            return Ok(spec.to_string());
        }
        let memo = format!("stage\n{}", spec.to_lowercase());
        if let Some(k) = self.names.get(&memo) {
            return Ok(k);
        }
        let key = self.environment_key_uncached(spec).await?;
        self.names.put(&memo, &key);
        Ok(key)
    }

    async fn environment_key_uncached(&self, spec: &str) -> Result<String> {
        let body = self
            .get(Api::Portfolio, "environments", &[], "list environments")
            .await?;
        let envs = body
            .get("results")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        // Every stage of the answer is remembered, not only the one asked
        // for: the next stage named (`--logged-in-stage A --logged-in-stage
        // B`, a later run) costs no request. Names two stages share are not.
        remember_unique(&self.names, "stage", &envs);
        let found: Vec<Value> = envs
            .into_iter()
            .filter(|e| str_of(e, "name").eq_ignore_ascii_case(spec))
            .collect();
        let env = one_of(
            "stage",
            spec,
            found,
            |e| format!("{} {}", str_of(e, "key"), str_of(e, "name")),
            "name the stage by key",
        )?;
        Ok(str_of(&env, "key").to_string())
    }

    /// An app (deployed asset) by key or by name, in one stage if given.
    pub async fn app_key(&self, spec: &str, env_key: Option<&str>) -> Result<String> {
        if is_uuid(spec) {
            return Ok(spec.to_string());
        }
        let memo = format!("app\n{}\n{}", env_key.unwrap_or(""), spec.to_lowercase());
        if let Some(k) = self.names.get(&memo) {
            return Ok(k);
        }
        let key = self.app_key_uncached(spec, env_key).await?;
        self.names.put(&memo, &key);
        Ok(key)
    }

    async fn app_key_uncached(&self, spec: &str, env_key: Option<&str>) -> Result<String> {
        let mut query = vec![("nameContains".to_string(), spec.to_string())];
        if let Some(e) = env_key {
            query.push(("environmentKey".to_string(), e.to_string()));
        }
        let assets = self
            .collect(
                Api::Portfolio,
                "deployed-assets",
                &query,
                &format!("find app {spec}"),
            )
            .await?;
        let found: Vec<Value> = assets
            .into_iter()
            .filter(|a| {
                a.get("deployments")
                    .and_then(Value::as_array)
                    .is_some_and(|ds| {
                        ds.iter()
                            .any(|d| str_of(d, "name").eq_ignore_ascii_case(spec))
                    })
            })
            .collect();
        let app = one_of(
            "app",
            spec,
            found,
            |a| str_of(a, "key").to_string(),
            "name the app by key",
        )?;
        Ok(str_of(&app, "key").to_string())
    }

    /// A group by key or name; `env_key` narrows a name to one stage.
    pub async fn group_key(&self, spec: &str, env_key: Option<&str>) -> Result<String> {
        if is_uuid(spec) {
            return Ok(spec.to_string());
        }
        let memo = format!("group\n{}\n{}", env_key.unwrap_or(""), spec.to_lowercase());
        if let Some(k) = self.names.get(&memo) {
            return Ok(k);
        }
        let query: Vec<(String, String)> = env_key
            .map(|e| ("environmentKey".to_string(), e.to_string()))
            .into_iter()
            .collect();
        let describe = |g: &Value, p: &crate::backend::Places| {
            format!(
                "{} (stage {}; key {})",
                str_of(g, "name"),
                named(&p.stages, str_of(g, "environmentKey")),
                str_of(g, "key"),
            )
        };
        let key = self
            .key_by_name(
                "groups",
                spec,
                query,
                "group",
                describe,
                "add --stage NAME, or name the group by key",
            )
            .await?;
        self.names.put(&memo, &key);
        Ok(key)
    }

    /// An application role by key, or by name within an app and stage.
    pub async fn app_role_key(
        &self,
        spec: &str,
        app: Option<&str>,
        stage: Option<&str>,
    ) -> Result<String> {
        if is_uuid(spec) {
            return Ok(spec.to_string());
        }
        let env_key = match stage {
            Some(s) => Some(self.environment_key(s).await?),
            None => None,
        };
        let mut query = Vec::new();
        let asset_key = match app {
            Some(a) => Some(self.app_key(a, env_key.as_deref()).await?),
            None => None,
        };
        let memo = format!(
            "app-role\n{}\n{}\n{}",
            asset_key.as_deref().unwrap_or(""),
            env_key.as_deref().unwrap_or(""),
            spec.to_lowercase()
        );
        if let Some(k) = self.names.get(&memo) {
            return Ok(k);
        }
        if let Some(a) = &asset_key {
            query.push(("assetKey".to_string(), a.clone()));
        }
        if let Some(e) = &env_key {
            query.push(("environmentKey".to_string(), e.clone()));
        }
        let describe = |r: &Value, p: &crate::backend::Places| {
            format!(
                "{} (app {}, stage {}; key {})",
                str_of(r, "name"),
                named(&p.apps, str_of(r, "assetKey")),
                named(&p.stages, str_of(r, "environmentKey")),
                str_of(r, "key"),
            )
        };
        let key = self
            .key_by_name(
                "application-roles",
                spec,
                query,
                "application role",
                describe,
                "add --app NAME and --stage NAME, or name the role by key",
            )
            .await?;
        self.names.put(&memo, &key);
        Ok(key)
    }

    /// An organization role by key or name.
    pub async fn org_role_key(&self, spec: &str) -> Result<String> {
        if is_uuid(spec) {
            return Ok(spec.to_string());
        }
        let memo = format!("org-role\n{}", spec.to_lowercase());
        if let Some(k) = self.names.get(&memo) {
            return Ok(k);
        }
        let key = self
            .key_by_name(
                "organization-roles",
                spec,
                Vec::new(),
                "organization role",
                |r, _| format!("{} (key {})", str_of(r, "name"), str_of(r, "key")),
                "name the role by key",
            )
            .await?;
        self.names.put(&memo, &key);
        Ok(key)
    }

    /// One list call filtered server-side by `nameContains` (plus `query`),
    /// then an exact, case-insensitive match on `name`; the match's key.
    async fn key_by_name(
        &self,
        path: &str,
        spec: &str,
        mut query: Vec<(String, String)>,
        noun: &str,
        describe: impl Fn(&Value, &crate::backend::Places) -> String,
        hint: &str,
    ) -> Result<String> {
        query.insert(0, ("nameContains".to_string(), spec.to_string()));
        let items = self
            .collect(Api::Identity, path, &query, &format!("find {noun} {spec}"))
            .await?;
        let found: Vec<Value> = items
            .into_iter()
            .filter(|r| str_of(r, "name").eq_ignore_ascii_case(spec))
            .collect();
        // Namesakes are told apart by where they live, by name (one listing
        // of stages and apps, through the name cache).
        let places = if found.len() > 1 {
            self.places().await.unwrap_or_default()
        } else {
            crate::backend::Places::default()
        };
        let item = one_of(noun, spec, found, |v| describe(v, &places), hint)?;
        Ok(str_of(&item, "key").to_string())
    }
}

/// Remember every `name → key` of a list whose name no other entry shares
/// (case aside), under `{what}\n{name}` as the look-ups do.
pub(super) fn remember_unique(
    names: &crate::backend::name_cache::NameCache,
    what: &str,
    list: &[Value],
) {
    let lower = |v: &Value| str_of(v, "name").to_lowercase();
    names.put_all(list.iter().filter_map(|v| {
        let name = lower(v);
        let unique = !name.is_empty() && list.iter().filter(|w| lower(w) == name).count() == 1;
        unique.then(|| (format!("{what}\n{name}"), str_of(v, "key").to_string()))
    }));
}

/// The name a key stands for, else the key.
fn named<'a>(names: &'a std::collections::HashMap<String, String>, key: &'a str) -> &'a str {
    names.get(key).map(String::as_str).unwrap_or(key)
}
