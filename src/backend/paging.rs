//! The one way every backend lists "everything": once the first page has
//! said how many items there are, the remaining pages are asked for at
//! once (at most `LIST_CONCURRENCY` in flight) and handed on strictly in
//! order, so that a list of any length streams with memory bounded by the
//! pages in flight. Rate windows still apply to each request (the HTTP
//! layer paces them), so concurrency never outruns a vendor's budget: it
//! only stops a client from waiting on one round trip after another.

use std::future::Future;

use futures::{StreamExt, TryStreamExt, stream};
use serde_json::Value;

use crate::error::Result;

/// How many items the server said the last list has (its first page's
/// total), so that a page of a long list can say how much more there is.
#[derive(Debug, Clone, Default)]
pub struct ListTotal(std::sync::Arc<std::sync::Mutex<Option<usize>>>);

impl ListTotal {
    pub fn set(&self, total: Option<usize>) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = total;
    }
    pub fn get(&self) -> Option<usize> {
        *self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Pages fetched at once when listing everything.
pub const LIST_CONCURRENCY: usize = 8;

/// Fetch the page that starts at each of `starts` (at most
/// `LIST_CONCURRENCY` at a time), and hand their items to `sink` in order
/// until `max` items have been handed on in all (`sent` counts them, the
/// first page's included). Returns as soon as `max` is reached: pages still
/// in flight are dropped (their requests cancelled).
pub async fn in_order<F, Fut>(
    starts: Vec<usize>,
    fetch: F,
    sent: &mut usize,
    max: usize,
    sink: &mut (dyn FnMut(Value) -> Result<()> + Send),
) -> Result<()>
where
    F: Fn(usize) -> Fut,
    Fut: Future<Output = Result<Vec<Value>>>,
{
    let mut pages = stream::iter(starts).map(fetch).buffered(LIST_CONCURRENCY);
    while let Some(items) = pages.try_next().await? {
        for item in items {
            if *sent >= max {
                return Ok(());
            }
            sink(item)?;
            *sent += 1;
        }
        if *sent >= max {
            return Ok(());
        }
    }
    Ok(())
}

/// The offsets of the pages after a first page of `first` items, up to
/// `want` items in all, `page` items a page.
pub fn offsets(first: usize, want: usize, page: usize) -> Vec<usize> {
    (first..want).step_by(page.max(1)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_after_the_first_page() {
        assert_eq!(offsets(100, 250, 100), vec![100, 200]);
        assert_eq!(offsets(100, 100, 100), Vec::<usize>::new());
        assert_eq!(offsets(10, 10, 100), Vec::<usize>::new());
        assert_eq!(offsets(100, 10_000, 100).len(), 99);
    }

    #[tokio::test]
    async fn items_come_in_order_and_stop_at_max() {
        // Later pages answer first: the order handed on is still by offset.
        let fetch = |off: usize| async move {
            tokio::time::sleep(std::time::Duration::from_millis(
                (50 - (off / 10) as u64).max(1),
            ))
            .await;
            Ok((off..off + 10).map(Value::from).collect::<Vec<_>>())
        };
        let mut got = Vec::new();
        let mut sent = 10;
        in_order(offsets(10, 100, 10), fetch, &mut sent, 55, &mut |v| {
            got.push(v.as_u64().unwrap());
            Ok(())
        })
        .await
        .unwrap();
        assert_eq!(got, (10..55).collect::<Vec<_>>());
        assert_eq!(sent, 55);
    }
}
