//! `users copy-access FROM TO`: give TO the groups and roles FROM holds
//! directly ("set Bea up like Ana"), with the plan shown first. Only what
//! TO lacks is added; nothing TO holds is taken away.

use std::collections::BTreeSet;

use clap::Args;
use serde_json::{Value, json};

use crate::backend::facets::BackendFacets;
use crate::backend::{Backend, Held, Places, Scope};
use crate::commands::membership::{Told, tell};
use crate::context::Ctx;
use crate::error::Result;
use crate::outcome::{Change as OutcomeChange, Outcome, Res, Target};

#[derive(Debug, Args)]
pub struct CopyAccessArgs {
    /// The user whose access to copy (key, e-mail or login id)
    pub from: String,
    /// The user who gets it
    pub to: String,
}

/// One kind of access to copy: what FROM holds that TO lacks.
struct Part {
    kind: &'static str,
    scope: Scope,
    keys: Vec<String>,
    names: Vec<String>,
    /// Where each one lives (ODC: its stage and app), by key.
    places: Vec<(Option<String>, Option<String>)>,
}

impl Part {
    fn new(kind: &'static str, scope: Scope, from: Vec<Held>, to: Vec<Held>) -> Part {
        let have: BTreeSet<String> = to.into_iter().map(|h| h.key).collect();
        let mut part = Part {
            kind,
            scope,
            keys: Vec::new(),
            names: Vec::new(),
            places: Vec::new(),
        };
        for h in from
            .into_iter()
            .filter(|h| h.direct && !have.contains(&h.key))
        {
            part.names
                .push(h.name.clone().unwrap_or_else(|| h.key.clone()));
            part.keys.push(h.key);
            part.places.push((h.stage, h.app));
        }
        part
    }
}

/// A plan row's scope, worded as `access report` words it.
fn scope_text(part: &Part, i: usize, places: &Places) -> String {
    if let Some(t) = &part.scope.tenant {
        return format!("tenant {t}");
    }
    let name = |map: &std::collections::HashMap<String, String>, k: &str| {
        map.get(k).cloned().unwrap_or_else(|| k.to_string())
    };
    match &part.places[i] {
        (Some(stage), Some(app)) => format!(
            "app {}, stage {}",
            name(&places.apps, app),
            name(&places.stages, stage)
        ),
        (Some(stage), None) => format!("stage {}", name(&places.stages, stage)),
        _ if part.scope.org => "organization".to_string(),
        _ => String::new(),
    }
}

pub async fn run(ctx: &mut Ctx, args: CopyAccessArgs) -> Result<()> {
    let backend = ctx.backend().await?;
    let b: &dyn Backend = backend.as_ref();
    let caps = b.capabilities();
    let from = b.user_key(&args.from).await?;
    let to = b.user_key(&args.to).await?;
    let mut parts: Vec<Part> = Vec::new();
    if caps.has("users groups add") {
        let s = Scope::default();
        let (mine, theirs) = (
            b.held_groups(&from, &s).await?,
            b.held_groups(&to, &s).await?,
        );
        parts.push(Part::new("group", s, mine, theirs));
    }
    let mut scopes = vec![("role", Scope::default())];
    // Organization roles where the platform has them (ODC).
    if caps
        .flags_of("users roles add")
        .is_some_and(|f| f.contains(&"--org"))
    {
        let org = Scope {
            org: true,
            ..Default::default()
        };
        scopes.push(("organization role", org));
    }
    // Tenants, and the roles held in each, where the platform has them.
    let mut tenants: Vec<String> = Vec::new();
    if caps.has("users tenants add") {
        let mut mine: Vec<String> = Vec::new();
        b.need_tenants("tenants")?
            .list_user_tenants(&from, &mut |t: Value| {
                if let Some(id) = t.get("tenantId").and_then(Value::as_str) {
                    mine.push(id.to_string());
                }
                Ok(())
            })
            .await?;
        let mut theirs: BTreeSet<String> = BTreeSet::new();
        b.need_tenants("tenants")?
            .list_user_tenants(&to, &mut |t: Value| {
                if let Some(id) = t.get("tenantId").and_then(Value::as_str) {
                    theirs.insert(id.to_string());
                }
                Ok(())
            })
            .await?;
        tenants = mine
            .iter()
            .filter(|t| !theirs.contains(*t))
            .cloned()
            .collect();
        for t in mine {
            let s = Scope {
                tenant: Some(t.clone()),
                ..Default::default()
            };
            scopes.push(("tenant role", s));
        }
    }
    for (kind, s) in scopes {
        let to_held = match b.held_roles(&to, &s).await {
            // A tenant TO is not in yet: TO holds nothing there.
            Err(e) if s.tenant.is_some() && e.kind == crate::error::ErrorKind::NotFound => {
                Vec::new()
            }
            other => other?,
        };
        let mine = b.held_roles(&from, &s).await?;
        parts.push(Part::new(kind, s, mine, to_held));
    }

    // The plan, as data: what TO gains.
    let mut plan: Vec<Value> = tenants
        .iter()
        .map(|t| json!({"kind": "tenant", "name": t, "scope": "", "user": args.to}))
        .collect();
    // Stage and app names, only where the items carry them (ODC).
    let placed = parts
        .iter()
        .any(|p| p.places.iter().any(|(s, a)| s.is_some() || a.is_some()));
    let places = if placed {
        b.export_places().await?
    } else {
        Places::default()
    };
    for p in &parts {
        for (i, n) in p.names.iter().enumerate() {
            let scope = scope_text(p, i, &places);
            plan.push(json!({"kind": p.kind, "name": n, "scope": scope, "user": args.to}));
        }
    }
    if plan.is_empty() {
        ctx.ui.status(format!(
            "Nothing to copy: {} already holds everything {} holds directly",
            args.to, args.from
        ));
        return Ok(());
    }
    // Under --dry-run the requests are the data: a machine format gets them
    // alone (one document); a table shows the plan above them.
    // A table shows the plan before asking; machine formats get the
    // outcome records alone (one document).
    let machine = ctx.printer.format() != crate::output::OutputFormat::Table;
    if !machine {
        ctx.printer.list(crate::views::COPY_PLAN, plan.clone())?;
    }
    if !ctx.global.dry_run {
        ctx.ui.confirm(&format!(
            "give {} these {} item(s) that {} holds",
            args.to,
            plan.len(),
            args.from
        ))?;
    }
    let target = Target::user(to.clone(), args.to.clone());
    let mut told: Vec<Told> = Vec::new();
    for t in &tenants {
        let result = match b.need_tenants("tenants") {
            Ok(f) => f.add_user_tenant(&to, t).await,
            Err(e) => Err(e),
        };
        let item = Target::new("tenant", t.clone(), None);
        told.push(Told {
            batch: crate::backend::Batch {
                keys: vec![t.clone()],
                result,
            },
            records: vec![Outcome::new(
                target.clone(),
                OutcomeChange::membership(true, item, None),
                Res::Changed,
            )],
        });
    }
    for p in parts.into_iter().filter(|p| !p.keys.is_empty()) {
        let batches = if p.kind == "group" {
            b.change_groups(&to, &p.keys, true).await
        } else {
            b.change_roles(&to, &p.keys, &p.scope, true).await
        };
        for bt in batches {
            let records = bt
                .keys
                .iter()
                .map(|k| {
                    let i = p.keys.iter().position(|x| x == k);
                    let name = i.map(|i| p.names[i].clone());
                    let scope = i.map(|i| scope_text(&p, i, &places));
                    Outcome::new(
                        target.clone(),
                        OutcomeChange::membership(
                            true,
                            Target::new(p.kind, k.clone(), name),
                            scope,
                        ),
                        Res::Changed,
                    )
                })
                .collect();
            told.push(Told { batch: bt, records });
        }
    }
    tell(ctx, told)
}
