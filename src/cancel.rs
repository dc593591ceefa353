//! Ctrl-C, cooperatively. By default an interrupt drops the running command
//! (lib.rs races it against the signal). A long bulk run instead calls
//! [`cooperate`]: the first Ctrl-C only raises a flag, the run stops
//! starting new work, lets requests already sent finish, flushes its
//! results and returns `Interrupted` itself; a second Ctrl-C quits at once.
//!
//! The HTTP layer refuses to *start* a request once the flag is up (unless
//! the request is marked `finish_on_cancel`, e.g. polling a bulk operation
//! that was already accepted), including one waiting on a rate window.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use tokio::sync::Notify;

use crate::error::{CliError, ErrorKind};

static CANCELLED: AtomicBool = AtomicBool::new(false);
static COOPERATIVE: AtomicBool = AtomicBool::new(false);

fn notify() -> &'static Notify {
    static N: OnceLock<Notify> = OnceLock::new();
    N.get_or_init(Notify::new)
}

/// This command handles Ctrl-C itself (see the module notes).
pub fn cooperate() {
    COOPERATIVE.store(true, Ordering::SeqCst);
}

pub fn is_cancelled() -> bool {
    CANCELLED.load(Ordering::SeqCst)
}

/// Raise the flag (what Ctrl-C does).
pub fn cancel() {
    CANCELLED.store(true, Ordering::SeqCst);
    notify().notify_waiters();
}

/// Resolves once the flag is up.
pub async fn cancelled() {
    loop {
        let n = notify().notified();
        tokio::pin!(n);
        n.as_mut().enable();
        if is_cancelled() {
            return;
        }
        n.await;
    }
}

pub fn interrupted(what: &str) -> CliError {
    CliError::new(ErrorKind::Interrupted, format!("interrupted: {what}"))
}

/// Resolves when the process should stop *now*: on the first Ctrl-C for an
/// ordinary command, on the second for a cooperative one.
pub async fn watch_ctrl_c() {
    if tokio::signal::ctrl_c().await.is_err() {
        return std::future::pending().await;
    }
    cancel();
    if COOPERATIVE.load(Ordering::SeqCst) {
        eprintln!(
            "interrupted: finishing the requests in flight and saving results (Ctrl-C again to quit at once)"
        );
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    }
}
