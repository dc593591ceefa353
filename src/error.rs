//! One error type for the whole CLI. Every failure carries a kind, and the
//! kind alone decides the process exit code, so scripts can rely on it.

use std::fmt;

/// Exit-code families. The numbers are part of the public interface
/// (README, man page); never renumber them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// Anything unexpected (a bug, a local I/O failure).
    Other,
    /// Bad command line, bad input file, missing argument without a terminal.
    Usage,
    /// The user, group, role or profile named does not exist.
    NotFound,
    /// Credentials missing or refused, token expired and not renewable, 403.
    Auth,
    /// The API refused the request (4xx: validation, conflict).
    Rejected,
    /// Network failure, timeout, or 5xx/429 after retries.
    Network,
    /// A bulk run where some items failed.
    Partial,
    /// Ctrl-C.
    Interrupted,
    /// A confirmation was answered "no": nothing was changed.
    Declined,
    /// `apply`/`diff --detailed-exitcode`: the run succeeded and there were changes.
    Changes,
    /// stdout was closed by the reader (`iamctl users list | head`): not a
    /// failure, so the process ends quietly.
    BrokenPipe,
}

impl ErrorKind {
    pub fn exit_code(self) -> u8 {
        match self {
            ErrorKind::Other => 1,
            ErrorKind::Usage => 2,
            ErrorKind::NotFound => 3,
            ErrorKind::Auth => 4,
            ErrorKind::Rejected => 5,
            ErrorKind::Network => 6,
            ErrorKind::Partial => 7,
            ErrorKind::Interrupted => 130,
            ErrorKind::Declined => 8,
            ErrorKind::Changes => 10,
            ErrorKind::BrokenPipe => 0,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Other => "error",
            ErrorKind::Usage => "usage",
            ErrorKind::NotFound => "not_found",
            ErrorKind::Auth => "auth",
            ErrorKind::Rejected => "rejected",
            ErrorKind::Network => "network",
            ErrorKind::Partial => "partial_failure",
            ErrorKind::Interrupted => "interrupted",
            ErrorKind::Declined => "declined",
            ErrorKind::Changes => "changes",
            ErrorKind::BrokenPipe => "broken_pipe",
        }
    }
}

/// What an API said when it refused a request, kept apart from our own
/// message so that it can be shown as text or as JSON.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct ApiFailure {
    pub status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trace_id: Option<String>,
}

#[derive(Debug, Clone)]
pub struct CliError {
    pub kind: ErrorKind,
    pub message: String,
    pub hints: Vec<String>,
    /// Boxed: errors travel in every `Result`, so keep them small.
    pub api: Option<Box<ApiFailure>>,
}

pub type Result<T, E = CliError> = std::result::Result<T, E>;

impl CliError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        CliError {
            kind,
            message: message.into(),
            hints: Vec::new(),
            api: None,
        }
    }

    /// The same error again (kind, message, hints, the API's answer), for
    /// a failure that is told once per change a request carried.
    pub fn duplicate(&self) -> Self {
        CliError {
            kind: self.kind,
            message: self.message.clone(),
            hints: self.hints.clone(),
            api: self.api.clone(),
        }
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, message)
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::NotFound, message)
    }
    pub fn auth(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Auth, message)
    }
    pub fn rejected(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Rejected, message)
    }
    pub fn network(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Network, message)
    }
    pub fn other(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Other, message)
    }

    /// The one wording of "not found", on every platform: `user "x" not
    /// found` (the API's own words, when it answered, follow).
    pub fn missing(noun: &str, name: &str) -> Self {
        Self::not_found(format!("{noun} {name:?} not found"))
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    pub fn with_api(mut self, api: ApiFailure) -> Self {
        self.api = Some(Box::new(api));
        self
    }

    pub fn exit_code(&self) -> u8 {
        self.kind.exit_code()
    }

    /// The error as one JSON object, for `-o json` users whose scripts
    /// parse stderr.
    pub fn to_json(&self) -> serde_json::Value {
        let hints: Vec<String> = self.hints.iter().map(|h| shown(h)).collect();
        let mut v = serde_json::json!({
            "error": self.kind.as_str(),
            "exit_code": self.exit_code(),
            "message": shown(&self.message),
        });
        if !hints.is_empty() {
            v["hints"] = serde_json::json!(hints);
        }
        if let Some(api) = &self.api {
            v["api"] = serde_json::to_value(api.redacted()).unwrap_or_default();
        }
        v
    }

    /// The hints as shown (no secret of this run in them).
    pub fn shown_hints(&self) -> Vec<String> {
        self.hints.iter().map(|h| shown(h)).collect()
    }
}

/// Our own words, without any secret of this run in them.
fn shown(text: &str) -> String {
    crate::redaction::known(text).into_owned()
}

impl ApiFailure {
    /// What the server said, with every secret masked (as `-v` traces
    /// mask them): servers echo requests in their errors.
    pub fn redacted(&self) -> ApiFailure {
        let r = |s: &Option<String>| s.as_deref().map(|t| crate::redaction::text(t).into_owned());
        ApiFailure {
            status: self.status,
            title: r(&self.title),
            detail: r(&self.detail),
            error_code: r(&self.error_code),
            trace_id: r(&self.trace_id),
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", shown(&self.message))?;
        if let Some(api) = &self.api {
            let api = api.redacted();
            let said: Vec<&str> = [api.title.as_deref(), api.detail.as_deref()]
                .into_iter()
                .flatten()
                .filter(|s| !s.is_empty() && !self.message.contains(*s))
                .collect();
            if !said.is_empty() {
                write!(f, ": {}", said.join(": "))?;
            }
            if let Some(code) = &api.error_code {
                write!(f, " [{code}]")?;
            }
            write!(f, " (HTTP {}", api.status)?;
            if let Some(trace) = &api.trace_id {
                write!(f, ", traceId {trace}")?;
            }
            write!(f, ")")?;
        }
        Ok(())
    }
}

impl std::error::Error for CliError {}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return CliError::new(ErrorKind::BrokenPipe, "broken pipe");
        }
        CliError::other(format!("I/O error: {e}"))
    }
}

/// Turn an API's "not found" into the one wording, keeping what the API said.
pub trait OrMissing<T> {
    fn or_missing(self, noun: &str, name: &str) -> Result<T>;
}

impl<T> OrMissing<T> for Result<T> {
    fn or_missing(self, noun: &str, name: &str) -> Result<T> {
        self.map_err(|e| {
            if e.kind != ErrorKind::NotFound {
                return e;
            }
            let mut m = CliError::missing(noun, name);
            m.api = e.api;
            m.hints = e.hints;
            m
        })
    }
}
