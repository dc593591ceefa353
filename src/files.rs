//! Files only their owner may read or write: the config and cache folders
//! (where secrets live, tokens, findings, the journal), written atomically
//! with mode 0600, and the check of who else could have written a file. A
//! leaf: `config`, `auth` and the caches use it.

use std::io::Write;
use std::path::Path;

use crate::error::{CliError, Result};

/// Create `dir` (and any missing parent) readable by its owner only: the
/// config and cache folders hold where secrets live, and tokens. A folder
/// that exists is left as it is.
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(dir)
}

/// Write a file readable by its owner only, atomically: a temp file beside
/// it, then a rename, so a crash never leaves half a file.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    create_private_dir(dir)
        .map_err(|e| CliError::other(format!("cannot create {}: {e}", dir.display())))?;
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        path.file_name().and_then(|n| n.to_str()).unwrap_or("file"),
        std::process::id()
    ));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let result = (|| {
        let mut f = options.open(&tmp)?;
        // A temp file left by a crash keeps the mode it had: set it again.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            f.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        }
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        CliError::other(format!("cannot write {}: {e}", path.display()))
    })
}

#[cfg(unix)]
pub(crate) struct Looseness {
    pub(crate) what: String,
    pub(crate) fix: String,
}

/// Why `path` (a file that may be a symlink) could have been written by
/// someone other than the user or root; None when it could not.
#[cfg(unix)]
pub(crate) fn loose_path(path: &Path) -> Option<Looseness> {
    use std::os::unix::fs::MetadataExt;
    use std::path::PathBuf;
    // SAFETY: geteuid has no preconditions and cannot fail.
    let me = unsafe { libc::geteuid() };
    let real = match std::fs::canonicalize(path) {
        Ok(p) => p,
        Err(e) => {
            return Some(Looseness {
                what: format!("{} cannot be resolved ({e})", path.display()),
                fix: format!("check {}", path.display()),
            });
        }
    };
    let file_owner = std::fs::metadata(&real)
        .map(|m| m.uid())
        .unwrap_or(u32::MAX);
    let home = directories::BaseDirs::new().and_then(|b| std::fs::canonicalize(b.home_dir()).ok());
    // The resolved file and its folders, then the folders of the link.
    let mut chain: Vec<(PathBuf, bool)> = vec![(real.clone(), false)];
    let mut folders = Vec::new();
    if let Some(p) = real.parent() {
        folders.push(p.to_path_buf());
    }
    if let Some(p) = path.parent().and_then(|p| std::fs::canonicalize(p).ok()) {
        folders.push(p);
    }
    for start in folders {
        let mut dir = Some(start.as_path());
        while let Some(d) = dir {
            if !chain.iter().any(|(p, _)| p == d) {
                chain.push((d.to_path_buf(), true));
            }
            if home.as_deref() == Some(d) {
                break;
            }
            dir = d.parent();
        }
    }
    for (p, is_dir) in chain {
        let Ok(meta) = std::fs::metadata(&p) else {
            continue;
        };
        let mode = meta.mode();
        if meta.uid() != me && meta.uid() != 0 {
            return Some(Looseness {
                what: format!(
                    "{}{} is owned by another user (uid {})",
                    p.display(),
                    if p == real && real != path { format!(" (where {} points)", path.display()) } else { String::new() },
                    meta.uid()
                ),
                fix: "keep the profiles file and its folders your own (`chown` them, or move the file to a folder of yours)".to_string(),
            });
        }
        let sticky_ok = is_dir && mode & 0o1000 != 0 && file_owner == me;
        if mode & 0o022 != 0 && !sticky_ok {
            let who = match (mode & 0o020 != 0, mode & 0o002 != 0) {
                (true, true) => "its group and other users",
                (true, false) => "its group",
                _ => "other users",
            };
            let fix = if is_dir { "chmod 700" } else { "chmod 600" };
            return Some(Looseness {
                what: format!(
                    "{} can be written by {who} (mode {:04o})",
                    p.display(),
                    mode & 0o7777
                ),
                fix: format!("`{fix} {}` if it is yours and as you want it", p.display()),
            });
        }
    }
    None
}
