//! `POST /v2/mgmt/user/search` page by page: `{users, total}` answers,
//! 0-based `page` numbers of `limit` users. No SDK pages for you; we loop
//! until `total` is reached (or, without a total, until a page comes back
//! short), handing users on in order as they arrive. Once the first page
//! has given the total, the rest are fetched concurrently (memory bounded
//! by the pages in flight); every page still counts against the search
//! window (200 per minute per project), so pacing holds.

use reqwest::Method;
use serde_json::{Map, Value, json};

use super::Descope;
use super::unconfirmed as u;
use crate::backend::api::ApiClient;
use crate::backend::paging;
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
    /// The first page gives `total`; the other pages are then asked for at
    /// once (`paging::LIST_CONCURRENCY` in flight) and handed on in order.
    /// Each counts against the search window, so pacing holds.
    pub async fn search_each(
        &self,
        path: &str,
        body: &Map<String, Value>,
        max: Option<usize>,
        what: &str,
        sink: &mut (dyn FnMut(Value) -> Result<()> + Send),
    ) -> Result<usize> {
        let max = max.unwrap_or(usize::MAX);
        if max == 0 {
            return Ok(0);
        }
        // Fewer than a page wanted: ask for just that. Otherwise full pages
        // throughout, so page numbers keep meaning the same offsets.
        let limit = u::PAGE_SIZE.min(max);
        let mut sent = 0;
        let (users, total) = self.search_page(path, body, 0, limit, what).await?;
        self.total.set(total);
        let n = users.len();
        for user in users {
            if sent >= max {
                return Ok(sent);
            }
            sink(user)?;
            sent += 1;
        }
        if n < limit || sent >= max {
            return Ok(sent);
        }
        match total {
            Some(total) => {
                let want = total.min(max);
                let fetch = |offset: usize| async move {
                    let (users, _) = self
                        .search_page(path, body, offset / limit, limit, what)
                        .await?;
                    Ok(users)
                };
                let starts = paging::offsets(limit, want, limit);
                paging::in_order(starts, fetch, &mut sent, max, sink).await?;
            }
            None => {
                // No total: page after page until one comes back short.
                let mut page = 1;
                loop {
                    let (users, _) = self.search_page(path, body, page, limit, what).await?;
                    let n = users.len();
                    for user in users {
                        if sent >= max {
                            return Ok(sent);
                        }
                        sink(user)?;
                        sent += 1;
                    }
                    if n < limit || sent >= max {
                        break;
                    }
                    page += 1;
                }
            }
        }
        Ok(sent)
    }
}
