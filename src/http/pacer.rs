//! Client-side pacing: at most `limit` requests in any sliding window of
//! `window`, shared by every worker of the process. Against a real tenant
//! the vendor's rate limit, not loopback speed, bounds a long run; pacing to
//! it beats provoking a storm of 429s and backing off.
//!
//! UNCONFIRMED: ODC does not say whether its per-minute limits count over a
//! fixed or a sliding window; a client-side sliding window is safe under both.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::{Duration, Instant};

#[derive(Debug)]
pub struct Window {
    pub name: &'static str,
    limit: usize,
    window: Duration,
    state: Mutex<WindowState>,
}

#[derive(Debug, Default)]
struct WindowState {
    sent: VecDeque<Instant>,
    /// Set from a 429's Retry-After: nobody sends before then.
    paused_until: Option<Instant>,
    /// The end of the last wait told to the user: a wait is told once,
    /// not once per worker.
    told_until: Option<Instant>,
}

impl Window {
    pub fn new(name: &'static str, limit: u32, window: Duration) -> Window {
        Window {
            name,
            limit: limit.max(1) as usize,
            window,
            state: Mutex::new(WindowState::default()),
        }
    }

    /// Clocks and transit differ between us and the server: keep a small
    /// margin so our window never looks shorter than theirs.
    fn margin(&self) -> Duration {
        (self.window / 50).max(Duration::from_millis(20))
    }

    /// Wait for a slot, then take it. Returns how long we waited.
    pub async fn acquire(&self) -> Duration {
        self.acquire_telling(|_, _| {}).await
    }

    /// `acquire`, calling `tell(wait, why)` once for a wait of a second or
    /// more (whichever worker meets it first), so a long pause is never
    /// silent.
    pub async fn acquire_telling(&self, tell: impl Fn(Duration, &str)) -> Duration {
        let start = Instant::now();
        loop {
            let (wait, why) = {
                let mut st = self.state.lock().unwrap_or_else(|p| p.into_inner());
                let now = Instant::now();
                let span = self.window + self.margin();
                while st
                    .sent
                    .front()
                    .is_some_and(|t| now.duration_since(*t) >= span)
                {
                    st.sent.pop_front();
                }
                let (wait, why) = match st.paused_until {
                    Some(until) if until > now => (until - now, "the server asked to slow down"),
                    _ if st.sent.len() < self.limit => {
                        st.sent.push_back(now);
                        return start.elapsed();
                    }
                    _ => (
                        (st.sent[0] + span).saturating_duration_since(now),
                        "the rate limit",
                    ),
                };
                let ends = now + wait;
                let told = st
                    .told_until
                    .is_some_and(|t| t + Duration::from_secs(1) >= ends);
                if wait >= Duration::from_secs(1) && !told {
                    st.told_until = Some(ends);
                    (wait, Some(why))
                } else {
                    (wait, None)
                }
            };
            if let Some(why) = why {
                tell(
                    wait,
                    &format!(
                        "{why}: {} allows {} request{} per {}s",
                        self.name,
                        self.limit,
                        if self.limit == 1 { "" } else { "s" },
                        self.window.as_secs_f64()
                    ),
                );
            }
            tokio::time::sleep(wait.max(Duration::from_millis(1))).await;
        }
    }

    /// The server said "not before `until`": hold every worker back.
    pub fn pause_until(&self, until: Instant) {
        let mut st = self.state.lock().unwrap_or_else(|p| p.into_inner());
        if st.paused_until.is_none_or(|p| p < until) {
            st.paused_until = Some(until);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn never_more_than_limit_in_a_window() {
        let w = Window::new("t", 3, Duration::from_millis(200));
        let start = Instant::now();
        for _ in 0..3 {
            w.acquire().await;
        }
        assert!(start.elapsed() < Duration::from_millis(50));
        w.acquire().await;
        assert!(start.elapsed() >= Duration::from_millis(200));
    }
}
