//! The OData query engine of the list routes (`users/odata`,
//! `groups/odata`, `roles/odata`): `$filter` (parsed by `filter`),
//! `$orderby`, `$inlinecount`/`$count`, `$skip`, `$top`, `$select`, and
//! the `{items, nextPageLink, count}` page.

use axum::http::Uri;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::filter;
use super::http::{Answer, invalid};
use crate::App;

/// The largest `$top` served, and the page size when none is asked for.
const TOP_MAX: usize = 100;

/// Apply `$filter`, `$orderby`, `$inlinecount`, `$skip`, `$top`, `$select`
/// and wrap in `{items, nextPageLink, count}`.
///
/// Records are read through `filter::Record` and rendered with `render`
/// only for the page answered: the cost of a page is the filter and sort
/// over the keys asked for, not the rendering of every record.
pub(super) fn odata<R: filter::Record>(
    app: &App,
    uri: &Uri,
    raw: Option<String>,
    records: &[R],
    render: impl Fn(&R) -> Value,
    absolute: bool,
) -> Answer {
    let pairs: Vec<(String, String)> =
        url::form_urlencoded::parse(raw.as_deref().unwrap_or("").as_bytes())
            .into_owned()
            .collect();
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(k))
            .map(|(_, v)| v.as_str())
    };
    for (k, _) in &pairs {
        let known = [
            "$top",
            "$skip",
            "$filter",
            "$orderby",
            "$select",
            "$inlinecount",
            "$count",
            "$skiptoken",
        ];
        if k.starts_with('$') && !known.iter().any(|n| n.eq_ignore_ascii_case(k)) {
            return Err(invalid(
                format!("The query option '{k}' is not supported."),
                vec![],
            ));
        }
    }
    let num = |k: &str, default: usize| -> Result<usize, Response> {
        match get(k) {
            None => Ok(default),
            Some(v) => v
                .parse::<usize>()
                .map_err(|_| invalid(format!("Invalid value '{v}' for {k}."), vec![])),
        }
    };
    let top = num("$top", TOP_MAX)?;
    if top > TOP_MAX {
        return Err(invalid(
            format!(
                "The limit of '{TOP_MAX}' for Top query has been exceeded. The value from the incoming request is '{top}'."
            ),
            vec![],
        ));
    }
    let skip = num(crate::variants::vk_skip_param(), 0)?;
    let known = |p: &str| records.first().is_none_or(|r| r.prop(p).is_some());
    let mut items: Vec<usize> = (0..records.len()).collect();
    if let Some(f) = get("$filter").filter(|f| !f.trim().is_empty()) {
        let expr = filter::parse(f)
            .map_err(|e| invalid(format!("The $filter is invalid: {e}."), vec![]))?;
        filter::check_props(&expr, &known)
            .map_err(|e| invalid(format!("The $filter is invalid: {e}."), vec![]))?;
        items.retain(|&i| filter::matches(&expr, &records[i]));
    }
    if let Some(o) = get("$orderby").filter(|o| !o.trim().is_empty()) {
        let mut keys = Vec::new();
        for part in o.split(',') {
            let mut words = part.split_whitespace();
            let prop = words.next().unwrap_or("").to_string();
            let desc = match words.next().map(str::to_ascii_lowercase).as_deref() {
                None | Some("asc") => false,
                Some("desc") => true,
                Some(w) => {
                    return Err(invalid(
                        format!("The $orderby is invalid near '{w}'."),
                        vec![],
                    ));
                }
            };
            if !known(&prop) {
                return Err(invalid(
                    format!("The $orderby is invalid: Could not find a property named '{prop}'."),
                    vec![],
                ));
            }
            keys.push((prop, desc));
        }
        // Each record's sort keys read once, then a stable sort.
        let mut keyed: Vec<(Vec<Value>, usize)> = items
            .iter()
            .map(|&i| {
                let vals = keys
                    .iter()
                    .map(|(p, _)| {
                        records[i]
                            .prop(p)
                            .map(std::borrow::Cow::into_owned)
                            .unwrap_or(Value::Null)
                    })
                    .collect();
                (vals, i)
            })
            .collect();
        keyed.sort_by(|(a, _), (b, _)| {
            for ((x, y), (_, desc)) in a.iter().zip(b).zip(&keys) {
                let ord = filter::compare(x, y).unwrap_or(std::cmp::Ordering::Equal);
                let ord = if *desc { ord.reverse() } else { ord };
                if ord.is_ne() {
                    return ord;
                }
            }
            std::cmp::Ordering::Equal
        });
        items = keyed.into_iter().map(|(_, i)| i).collect();
    }
    let total = items.len();
    let count = match get("$inlinecount").or(get("$count")) {
        _ if count_withheld() || crate::variants::vk_no_count() => Value::Null,
        Some(v) if v.eq_ignore_ascii_case("allpages") || v == "true" => json!(total),
        Some(v) if v.eq_ignore_ascii_case("none") || v == "false" => Value::Null,
        None => Value::Null,
        Some(v) => {
            return Err(invalid(
                format!("Invalid value '{v}' for $inlinecount."),
                vec![],
            ));
        }
    };
    let select: Vec<String> = get("$select")
        .map(|s| {
            s.split(',')
                .map(|p| p.trim().to_string())
                .filter(|p| !p.is_empty())
                .collect()
        })
        .unwrap_or_default();
    for p in &select {
        if !known(p) {
            return Err(invalid(
                format!("The $select is invalid: Could not find a property named '{p}'."),
                vec![],
            ));
        }
    }
    let page: Vec<Value> = items
        .iter()
        .skip(skip)
        .take(top)
        .map(|&i| render(&records[i]))
        .map(|r| {
            if select.is_empty() {
                return r;
            }
            let mut out = serde_json::Map::new();
            if let Value::Object(o) = r {
                for (k, v) in o {
                    if select.iter().any(|p| p.eq_ignore_ascii_case(&k)) {
                        out.insert(k, v);
                    }
                }
            }
            Value::Object(out)
        })
        .collect();
    let next = if top > 0 && skip + top < total {
        let mut q = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in &pairs {
            if !k.eq_ignore_ascii_case("$skip")
                && !k.eq_ignore_ascii_case("$skiptoken")
                && !k.eq_ignore_ascii_case("$top")
            {
                q.append_pair(k, v);
            }
        }
        q.append_pair("$top", &top.to_string());
        q.append_pair(crate::variants::vk_skip_param(), &(skip + top).to_string());
        let rel = format!("{}?{}", uri.path(), q.finish());
        json!(if crate::variants::vk_absolute_links(absolute) {
            format!("{}{rel}", app.base_url)
        } else {
            rel
        })
    } else {
        Value::Null
    };
    Ok(axum::Json(json!({ "items": page, "nextPageLink": next, "count": count })).into_response())
}

/// `IAMCTL_SANDBOX_VALUEKEEP_COUNT=never`: answer every list without
/// `count`, as a server that ignores `$inlinecount` would (whether the real
/// one honours it is not documented), so that clients can rehearse paging
/// by `nextPageLink` alone.
fn count_withheld() -> bool {
    static NEVER: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *NEVER.get_or_init(|| {
        std::env::var("IAMCTL_SANDBOX_VALUEKEEP_COUNT")
            .is_ok_and(|v| v.eq_ignore_ascii_case("never"))
    })
}
