//! Query-string parsing and the `{results, page}` envelope shared by every
//! list route. Rules the spec states only in prose (limit 1..100) live here.

use serde::Serialize;
use uuid::Uuid;

use super::problem::{ApiResult, Problem};

/// The raw query, kept as pairs so repeated keys (`environmentKeys=a&
/// environmentKeys=b`, the spec's form/explode style) survive.
#[derive(Debug, Default)]
pub struct Params(Vec<(String, String)>);

impl Params {
    pub fn parse(raw: Option<&str>) -> Params {
        Params(
            url::form_urlencoded::parse(raw.unwrap_or("").as_bytes())
                .into_owned()
                .collect(),
        )
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Non-empty value, lower-cased (for `...Contains` filters).
    pub fn contains(&self, name: &str) -> Option<String> {
        self.get(name)
            .filter(|v| !v.is_empty())
            .map(str::to_lowercase)
    }

    /// Every value of a repeatable parameter, commas also splitting.
    pub fn list(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case(name))
            .flat_map(|(_, v)| v.split(','))
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .collect()
    }

    pub fn uuid(&self, name: &str) -> ApiResult<Option<Uuid>> {
        match self.get(name).filter(|v| !v.is_empty()) {
            None => Ok(None),
            Some(v) => Uuid::try_parse(v).map(Some).map_err(|_| {
                Problem::bad_request(format!("Parameter '{name}' must be a UUID, got '{v}'."))
            }),
        }
    }

    /// `name` (single) and `names` (list) merged: the spec offers both
    /// forms for environment keys.
    pub fn uuids(&self, names: &[&str]) -> ApiResult<Vec<Uuid>> {
        let mut out = Vec::new();
        for name in names {
            for v in self.list(name) {
                out.push(Uuid::try_parse(v).map_err(|_| {
                    Problem::bad_request(format!("Parameter '{name}' must hold UUIDs, got '{v}'."))
                })?);
            }
        }
        Ok(out)
    }

    pub fn bool(&self, name: &str) -> ApiResult<Option<bool>> {
        match self.get(name) {
            None | Some("") => Ok(None),
            Some(v) if v.eq_ignore_ascii_case("true") => Ok(Some(true)),
            Some(v) if v.eq_ignore_ascii_case("false") => Ok(Some(false)),
            Some(v) => Err(Problem::bad_request(format!(
                "Parameter '{name}' must be true or false, got '{v}'."
            ))),
        }
    }

    pub fn date(&self, name: &str) -> ApiResult<Option<chrono::DateTime<chrono::Utc>>> {
        match self.get(name).filter(|v| !v.is_empty()) {
            None => Ok(None),
            Some(v) => chrono::DateTime::parse_from_rfc3339(v)
                .map(|d| Some(d.with_timezone(&chrono::Utc)))
                .map_err(|_| {
                    Problem::bad_request(format!(
                        "Parameter '{name}' must be an RFC 3339 date-time, got '{v}'."
                    ))
                }),
        }
    }

    fn int(&self, name: &str) -> ApiResult<Option<i64>> {
        match self.get(name).filter(|v| !v.is_empty()) {
            None => Ok(None),
            Some(v) => v.parse::<i64>().map(Some).map_err(|_| {
                Problem::bad_request(format!("Parameter '{name}' must be an integer, got '{v}'."))
            }),
        }
    }

    /// `limit` 1..100 (default 100) and `offset` ≥ 0 (default 0).
    pub fn window(&self) -> ApiResult<Window> {
        let limit = self.int("limit")?.unwrap_or(100);
        if !(1..=100).contains(&limit) {
            return Err(Problem::bad_request(format!(
                "Parameter 'limit' must be between 1 and 100, got {limit}."
            )));
        }
        let offset = self.int("offset")?.unwrap_or(0);
        if offset < 0 || offset > i32::MAX as i64 {
            return Err(Problem::bad_request(format!(
                "Parameter 'offset' must be zero or more, got {offset}."
            )));
        }
        Ok(Window {
            limit: limit as usize,
            offset: offset as usize,
        })
    }

    /// `sort` as (field, descending), checked against the allowed fields.
    pub fn sort<'a>(&'a self, allowed: &[&str], default: &'a str) -> ApiResult<(String, bool)> {
        let raw = self
            .get("sort")
            .filter(|v| !v.is_empty())
            .unwrap_or(default);
        let (desc, field) = match raw.strip_prefix('-') {
            Some(f) => (true, f),
            None => (false, raw.strip_prefix('+').unwrap_or(raw)),
        };
        match allowed.iter().find(|a| a.eq_ignore_ascii_case(field)) {
            Some(a) => Ok((a.to_string(), desc)),
            None => Err(Problem::bad_request(format!(
                "Cannot sort by '{field}'. Allowed: {}.",
                allowed.join(", ")
            ))),
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Window {
    pub limit: usize,
    pub offset: usize,
}

/// Identity v1 `PageInfoWithTotalsApi`: `nextPageOffset` is null on the
/// last page (the spec marks it nullable; a number there would invite an
/// endless loop in clients that follow it blindly).
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PageInfo {
    pub count: i32,
    pub limit: i32,
    pub offset: Option<i32>,
    pub total_results: Option<i32>,
    pub next_page_offset: Option<i32>,
    pub total_pages: i32,
}

#[derive(Debug, Serialize)]
pub struct Paged<T: Serialize> {
    pub results: Vec<T>,
    pub page: PageInfo,
}

impl Window {
    /// Slice `items` to this window and wrap them in the envelope.
    pub fn page<I, T, F>(&self, items: &[I], render: F) -> Paged<T>
    where
        T: Serialize,
        F: FnMut(&I) -> T,
    {
        let total = items.len();
        let start = self.offset.min(total);
        let end = (start + self.limit).min(total);
        let results: Vec<T> = items[start..end].iter().map(render).collect();
        let next = (end < total).then_some(end as i32);
        Paged {
            page: PageInfo {
                count: results.len() as i32,
                limit: self.limit as i32,
                offset: Some(self.offset as i32),
                total_results: crate::variants::odc_total(total as i32),
                next_page_offset: next,
                total_pages: total.div_ceil(self.limit) as i32,
            },
            results,
        }
    }
}
