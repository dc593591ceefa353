//! `IAMCTL_SANDBOX_REQUEST_LOG=FILE`: every request the sandbox receives,
//! one `METHOD /path?query` line each, appended to FILE as it arrives: what
//! a test holds a client to (a read-only probe sends only GETs and
//! searches), independently of the client's own trace.

use std::sync::OnceLock;

/// The variable naming the file.
pub const REQUEST_LOG_ENV: &str = "IAMCTL_SANDBOX_REQUEST_LOG";

fn request_log() -> Option<&'static std::sync::Mutex<std::fs::File>> {
    static LOG: OnceLock<Option<std::sync::Mutex<std::fs::File>>> = OnceLock::new();
    LOG.get_or_init(|| {
        let path = std::env::var_os(REQUEST_LOG_ENV).filter(|p| !p.is_empty())?;
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .ok()
            .map(std::sync::Mutex::new)
    })
    .as_ref()
}

/// Middleware: log the request (when a log was asked for), then serve it.
pub async fn log_request(
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    if let Some(log) = request_log() {
        use std::io::Write;
        let line = format!("{} {}\n", req.method(), req.uri());
        let mut f = log.lock().unwrap_or_else(|e| e.into_inner());
        let _ = f.write_all(line.as_bytes());
    }
    next.run(req).await
}
