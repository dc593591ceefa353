//! References to groups and roles in bulk files. On ODC a reference may
//! say where it lives, so that one file can hold the memberships of
//! several apps and stages (this is what `users export` writes):
//!
//! - a group `STAGE/GROUP`,
//! - an application role `APP/STAGE/ROLE`, an organization role `org:ROLE`,
//! - a plain name (or key), resolved with the file-wide `--app`, `--stage`
//!   and `--org`, as before.
//!
//! On the other platforms every reference is a plain name or key.
//!
//! The syntax lives with the backends: ODC's walk of the tenant writes it
//! (`odc/report.rs`), the bulk runs and `diff` read and write it.

use crate::backend::Scope;

/// A reference: the name to resolve and the scope to resolve it in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    pub name: String,
    /// None: a plain name (the file-wide scope applies).
    pub place: Option<Place>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Stage(String),
    App { app: String, stage: String },
    Org,
}

impl Reference {
    fn plain(s: &str) -> Reference {
        Reference {
            name: s.to_string(),
            place: None,
        }
    }

    /// A group reference; `scoped`: the platform reads `STAGE/GROUP`.
    pub fn group(s: &str, scoped: bool) -> Reference {
        match s.split_once('/') {
            Some((stage, name)) if scoped && !stage.is_empty() && !name.is_empty() => Reference {
                name: name.to_string(),
                place: Some(Place::Stage(stage.to_string())),
            },
            _ => Reference::plain(s),
        }
    }

    /// A role reference; `scoped`: the platform reads `APP/STAGE/ROLE`
    /// and `org:ROLE`.
    pub fn role(s: &str, scoped: bool) -> Reference {
        if !scoped {
            return Reference::plain(s);
        }
        if let Some(name) = s.strip_prefix("org:").filter(|n| !n.is_empty()) {
            return Reference {
                name: name.to_string(),
                place: Some(Place::Org),
            };
        }
        let mut parts = s.splitn(3, '/');
        match (parts.next(), parts.next(), parts.next()) {
            (Some(app), Some(stage), Some(name))
                if !app.is_empty() && !stage.is_empty() && !name.is_empty() =>
            {
                Reference {
                    name: name.to_string(),
                    place: Some(Place::App {
                        app: app.to_string(),
                        stage: stage.to_string(),
                    }),
                }
            }
            _ => Reference::plain(s),
        }
    }

    /// The scope to resolve (and grant) it in: its own, else the file's.
    pub fn scope(&self, file: &Scope) -> Scope {
        match &self.place {
            None => file.clone(),
            Some(Place::Stage(stage)) => Scope {
                stage: Some(stage.clone()),
                ..Default::default()
            },
            Some(Place::App { app, stage }) => Scope {
                app: Some(app.clone()),
                stage: Some(stage.clone()),
                ..Default::default()
            },
            Some(Place::Org) => Scope {
                org: true,
                ..Default::default()
            },
        }
    }
}

/// A group as export writes it on ODC.
pub fn group_text(stage: &str, name: &str) -> String {
    format!("{stage}/{name}")
}

/// An application role as export writes it on ODC.
pub fn app_role_text(app: &str, stage: &str, name: &str) -> String {
    format!("{app}/{stage}/{name}")
}

/// An organization role as export writes it on ODC.
pub fn org_role_text(name: &str) -> String {
    format!("org:{name}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups() {
        let g = Reference::group("Production/Sales Team", true);
        assert_eq!(g.name, "Sales Team");
        assert_eq!(g.place, Some(Place::Stage("Production".into())));
        assert_eq!(
            g.scope(&Scope::default()).stage.as_deref(),
            Some("Production")
        );
        // A plain name keeps the file's scope.
        let file = Scope {
            stage: Some("Development".into()),
            ..Default::default()
        };
        let p = Reference::group("Support", true);
        assert_eq!(p.place, None);
        assert_eq!(p.scope(&file).stage.as_deref(), Some("Development"));
        // Elsewhere a slash is part of the name.
        assert_eq!(Reference::group("a/b", false).name, "a/b");
        assert_eq!(Reference::group("/b", true).place, None);
    }

    #[test]
    fn roles() {
        let r = Reference::role("HRHub/Production/Admin", true);
        assert_eq!(r.name, "Admin");
        let s = r.scope(&Scope::default());
        assert_eq!(
            (s.app.as_deref(), s.stage.as_deref(), s.org),
            (Some("HRHub"), Some("Production"), false)
        );
        let o = Reference::role("org:Tech Lead", true);
        assert_eq!(o.name, "Tech Lead");
        assert!(o.scope(&Scope::default()).org);
        // The role's own scope wins over the file's.
        let file = Scope {
            org: true,
            ..Default::default()
        };
        assert!(!r.scope(&file).org);
        // Plain names, and names that only look alike.
        assert_eq!(Reference::role("Viewer", true).place, None);
        assert_eq!(Reference::role("a/b", true).place, None);
        assert_eq!(Reference::role("org:", true).place, None);
        assert_eq!(Reference::role("org:Admin", false).name, "org:Admin");
        assert_eq!(
            Reference::role(&app_role_text("A", "S", "R/x"), true).name,
            "R/x"
        );
        assert_eq!(Reference::role(&org_role_text("Admin"), true).name, "Admin");
        assert_eq!(Reference::group(&group_text("S", "G"), true).name, "G");
    }
}
