//! `POST /v2/mgmt/user/search` page by page: `{users, total}` answers,
//! 0-based `page` numbers of `limit` users. No SDK pages for you; we loop
//! until a page comes back short or `total` is reached, handing each user
//! on as it arrives (streaming, memory bounded by one page). Pages go one
//! at a time: search is limited to 200 requests per minute per project.

use reqwest::Method;
use serde_json::{Map, Value, json};

use super::Descope;
use super::unconfirmed as u;
use crate::backend::api::ApiClient;
use crate::error::{CliError, Result};

impl Descope {
    /// One page of a search.
    pub async fn search_page(
        &self,
        path: &str,
        body: &Map<String, Value>,
        page: usize,
        limit: usize,
        what: &str,
    ) -> Result<(Vec<Value>, Option<usize>)> {
        let mut body = body.clone();
        body.insert("limit".into(), json!(limit));
        body.insert("page".into(), json!(page));
        let req = self.request(Method::POST, path)?.json(Value::Object(body));
        let answer = self.call(req, what).await?;
        let users = match answer.get("users") {
            Some(Value::Array(items)) => items.clone(),
            Some(Value::Null) | None => Vec::new(),
            Some(_) => {
                return Err(CliError::network(format!(
                    "{what}: unexpected answer (users is not a list)"
                )));
            }
        };
        let total = answer
            .get("total")
            .and_then(Value::as_u64)
            .map(|n| n as usize);
        Ok((users, total))
    }

    /// Every user the search finds, up to `max`, handed to `sink` in order.
    pub async fn search_each(
        &self,
        path: &str,
        body: &Map<String, Value>,
        max: Option<usize>,
        what: &str,
        mut sink: impl FnMut(Value) -> Result<()>,
    ) -> Result<usize> {
        let max = max.unwrap_or(usize::MAX);
        if max == 0 {
            return Ok(0);
        }
        // Fewer than a page wanted: ask for just that. Otherwise full pages
        // throughout, so page numbers keep meaning the same offsets.
        let limit = u::PAGE_SIZE.min(max);
        let mut sent = 0;
        let mut page = 0;
        loop {
            let (users, total) = self.search_page(path, body, page, limit, what).await?;
            let n = users.len();
            for user in users {
                if sent >= max {
                    return Ok(sent);
                }
                sink(user)?;
                sent += 1;
            }
            let reached_total = total.is_some_and(|t| (page + 1) * limit >= t);
            if n < limit || sent >= max || reached_total {
                return Ok(sent);
            }
            page += 1;
        }
    }
}
