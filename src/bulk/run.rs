//! Creating rows of users with their groups and roles, written once for
//! every platform: names resolved once, batches of the backend's size sent
//! by `concurrency` workers (one rate budget: the HTTP layer's windows are
//! shared), group memberships set with one call per group per batch, every
//! row's result recorded as its batch completes. Ctrl-C stops new batches;
//! those in flight finish.

use std::collections::{BTreeMap, HashMap};
use std::io::IsTerminal;

use futures::StreamExt;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::input::Row;
use super::results::{Results, RowResult};
use crate::backend::reference::Reference;
use crate::backend::{Action, Backend, RowOutcome, Scope};
use crate::error::{CliError, ErrorKind, Result};

/// Group and role references to keys; a reference that does not resolve
/// fails only the rows that use it. Each role keeps the scope it resolved
/// in (its own, or the file's), which is the scope it is granted in.
#[derive(Debug, Default)]
pub struct Names {
    pub groups: HashMap<String, std::result::Result<String, String>>,
    pub roles: HashMap<String, std::result::Result<String, String>>,
    pub role_scopes: HashMap<String, Scope>,
}

impl Names {
    /// The first unresolvable group or role of a row: (error code, message).
    pub fn refusal(&self, row: &Row) -> Option<(&'static str, String)> {
        for g in row.groups() {
            if let Some(Err(m)) = self.groups.get(g) {
                return Some(("UnknownGroup", m.clone()));
            }
        }
        for r in row.roles() {
            if let Some(Err(m)) = self.roles.get(r) {
                return Some(("UnknownRole", m.clone()));
            }
        }
        None
    }
    pub fn group(&self, name: &str) -> Option<&str> {
        self.groups.get(name).and_then(|r| r.as_deref().ok())
    }
    pub fn role(&self, name: &str) -> Option<&str> {
        self.roles.get(name).and_then(|r| r.as_deref().ok())
    }
    /// The scope a role reference is granted in (`file`: the file-wide one).
    pub fn role_scope<'s>(&'s self, name: &str, file: &'s Scope) -> &'s Scope {
        self.role_scopes.get(name).unwrap_or(file)
    }
}

/// References sharing one scope: the names to resolve, and the reference
/// each came from.
struct Bucket {
    scope: Scope,
    names: Vec<String>,
    refs: Vec<String>,
}

fn same_scope(a: &Scope, b: &Scope) -> bool {
    (&a.stage, &a.app, a.org, &a.tenant, a.by_id) == (&b.stage, &b.app, b.org, &b.tenant, b.by_id)
}

fn bucket(buckets: &mut Vec<Bucket>, scope: Scope, name: String, reference: &str) {
    let i = match buckets.iter().position(|b| same_scope(&b.scope, &scope)) {
        Some(i) => i,
        None => {
            buckets.push(Bucket {
                scope,
                names: Vec::new(),
                refs: Vec::new(),
            });
            buckets.len() - 1
        }
    };
    let b = &mut buckets[i];
    if !b.refs.iter().any(|r| r == reference) {
        b.names.push(name);
        b.refs.push(reference.to_string());
    }
}

/// Resolve every distinct reference once, in its own scope (`file`: that
/// of plain names); all of a kind and scope in one call (a platform that
/// lists names resolves them with one request); when that call refuses a
/// name, each is asked alone to tell which. Not found or ambiguous fails
/// the rows using it; anything else (network, auth) stops the run before
/// it starts.
pub async fn resolve<'a>(
    b: &dyn Backend,
    rows: impl IntoIterator<Item = &'a Row>,
    file: &Scope,
) -> Result<Names> {
    let scoped = b.capabilities().scoped_references;
    let mut groups: Vec<Bucket> = Vec::new();
    let mut roles: Vec<Bucket> = Vec::new();
    for row in rows {
        for g in row.groups() {
            let r = Reference::group(g, scoped);
            bucket(&mut groups, r.scope(file), r.name, g);
        }
        for ro in row.roles() {
            let r = Reference::role(ro, scoped);
            bucket(&mut roles, r.scope(file), r.name, ro);
        }
    }
    let mut names = Names::default();
    for g in &groups {
        let found = resolve_kind(&g.names, |n| b.group_keys(n, &g.scope)).await?;
        for (n, r) in g.names.iter().zip(&g.refs) {
            if let Some(k) = found.get(n) {
                names.groups.insert(r.clone(), k.clone());
            }
        }
    }
    for ro in &roles {
        let found = resolve_kind(&ro.names, |n| b.role_keys(n, &ro.scope)).await?;
        for (n, r) in ro.names.iter().zip(&ro.refs) {
            if let Some(k) = found.get(n) {
                names.roles.insert(r.clone(), k.clone());
                names.role_scopes.insert(r.clone(), ro.scope.clone());
            }
        }
    }
    Ok(names)
}

async fn resolve_kind<'n, F, Fut>(
    names: &'n [String],
    keys: F,
) -> Result<HashMap<String, std::result::Result<String, String>>>
where
    F: Fn(&'n [String]) -> Fut,
    Fut: std::future::Future<Output = Result<Vec<String>>>,
{
    let mut out = HashMap::new();
    if names.is_empty() {
        return Ok(out);
    }
    match keys(names).await {
        Ok(found) if found.len() == names.len() => {
            for (n, k) in names.iter().zip(found) {
                out.insert(n.clone(), Ok(k));
            }
            return Ok(out);
        }
        Ok(_) => {}
        Err(e) if matches!(e.kind, ErrorKind::NotFound | ErrorKind::Usage) => {}
        Err(e) => return Err(e),
    }
    for n in names {
        let r = keep_refusal(keys(std::slice::from_ref(n)).await)?;
        out.insert(n.clone(), r);
    }
    Ok(out)
}

fn keep_refusal(r: Result<Vec<String>>) -> Result<std::result::Result<String, String>> {
    match r {
        Ok(mut v) if !v.is_empty() => Ok(Ok(v.remove(0))),
        Ok(_) => Ok(Err("not found".into())),
        Err(e) if matches!(e.kind, ErrorKind::NotFound | ErrorKind::Usage) => {
            Ok(Err(e.to_string()))
        }
        Err(e) => Err(e),
    }
}

/// A progress bar on stderr when it is a terminal; hidden otherwise.
pub fn progress(total: usize, quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
    if let Ok(style) =
        ProgressStyle::with_template("{bar:40} {pos}/{len} rows  {elapsed} (eta {eta})")
    {
        bar.set_style(style);
    }
    bar
}

/// Create `rows` and set their memberships; every attempted row's result
/// goes to `results`. Returns the number of rows not started (Ctrl-C).
pub async fn create_rows(
    b: &dyn Backend,
    rows: Vec<Row>,
    names: &Names,
    scope: &Scope,
    concurrency: usize,
    results: &Results,
    bar: &ProgressBar,
) -> Result<usize> {
    create_rows_known(
        b,
        rows,
        names,
        scope,
        concurrency,
        results,
        bar,
        HashMap::new(),
    )
    .await
}

/// [`create_rows`], knowing the keys of some users already (e-mail, lower
/// case → key: what an earlier run's results file proves).
#[allow(clippy::too_many_arguments)]
pub async fn create_rows_known(
    b: &dyn Backend,
    rows: Vec<Row>,
    names: &Names,
    scope: &Scope,
    concurrency: usize,
    results: &Results,
    bar: &ProgressBar,
    known: HashMap<String, String>,
) -> Result<usize> {
    let directory = &Directory::new(&rows, known);
    let size = b.create_batch_size().max(1);
    let total = rows.len();
    let mut batches = Vec::new();
    let mut rest = rows.into_iter().peekable();
    while rest.peek().is_some() {
        batches.push(rest.by_ref().take(size).collect::<Vec<Row>>());
    }
    let mut stream = futures::stream::iter(batches)
        .map(|batch| async move {
            if crate::cancel::is_cancelled() {
                return Vec::new();
            }
            one_batch(b, batch, names, scope, directory).await
        })
        .buffer_unordered(concurrency.max(1));
    let mut written = 0;
    while let Some(rs) = stream.next().await {
        for r in &rs {
            results.write(r)?;
            bar.inc(1);
        }
        written += rs.len();
    }
    Ok(total - written)
}

fn fail(o: &mut RowOutcome, context: String, e: &CliError) {
    let f = RowOutcome::from_error(Action::Failed, e);
    // The user is there: what failed is a membership, not the row.
    o.action = if matches!(
        o.action,
        Action::Created | Action::Updated | Action::Unchanged | Action::Partial
    ) {
        Action::Partial
    } else {
        Action::Failed
    };
    o.status = f.status;
    o.error_code = f.error_code;
    o.trace_id = f.trace_id;
    o.message = Some(match e.kind {
        ErrorKind::Interrupted => {
            format!("{context}: interrupted before it was sent; re-run with --resume")
        }
        _ => format!("{context}: {e}"),
    });
}

async fn one_batch(
    b: &dyn Backend,
    rows: Vec<Row>,
    names: &Names,
    scope: &Scope,
    directory: &Directory,
) -> Vec<RowResult> {
    let batch_len = rows.len();
    // Where the create body takes roles (Descope's `roleNames`), a row's
    // roles go in it when every one resolved to a project-level role: one
    // batch request creates the users with their roles, and none is granted
    // afterwards (a user already there still is granted them below).
    let roles_sent: Vec<bool> = rows
        .iter()
        .map(|row| b.roles_in_create() && roles_for_body(row, names, scope).is_some())
        .collect();
    let news: Vec<_> = rows
        .iter()
        .zip(&roles_sent)
        .map(|(row, sent)| {
            let mut nu = row.new_user();
            if *sent {
                nu.roles = roles_for_body(row, names, scope).unwrap_or_default();
            }
            nu
        })
        .collect();
    let outcomes = match b.create_users(&news).await {
        Ok(o) => o,
        Err(e) if e.kind == ErrorKind::Interrupted => Vec::new(),
        Err(e) => rows
            .iter()
            .map(|_| RowOutcome::from_error(Action::Failed, &e))
            .collect(),
    };
    // Rows past the outcomes were not sent (Ctrl-C): no result, resume does them.
    let mut done: Vec<(Row, RowOutcome)> = rows.into_iter().zip(outcomes).collect();
    let roles_given = |i: usize, o: &RowOutcome| roles_sent[i] && o.action == Action::Created;
    let wants_more = |i: usize, row: &Row, o: &RowOutcome| {
        matches!(
            o.action,
            Action::Created | Action::Updated | Action::Unchanged
        ) && (!row.groups().is_empty() || (!row.roles().is_empty() && !roles_given(i, o)))
    };
    // A user already there (a re-run) still gets its groups and roles: its
    // key comes from the run's directory (one listing), not a lookup each.
    let need: Vec<usize> = done
        .iter()
        .enumerate()
        .filter(|(i, (row, o))| wants_more(*i, row, o) && o.key.is_none())
        .map(|(i, _)| i)
        .collect();
    let emails: Vec<&str> = need.iter().map(|i| done[*i].0.email.as_str()).collect();
    let keys = directory.keys(b, batch_len, &emails).await;
    for (i, k) in need.into_iter().zip(keys) {
        let o = &mut done[i].1;
        match k {
            Ok(k) => o.key = Some(k),
            Err(e) => fail(o, "the user exists but could not be looked up".into(), &e),
        }
    }
    // Groups: one call per group for the whole batch.
    let mut per_group: BTreeMap<String, (String, Vec<usize>)> = BTreeMap::new();
    for (i, (row, o)) in done.iter().enumerate() {
        if !wants_more(i, row, o) || o.key.is_none() {
            continue;
        }
        for g in row.groups() {
            if let Some(k) = names.group(g) {
                per_group
                    .entry(k.to_string())
                    .or_insert_with(|| (g.clone(), Vec::new()))
                    .1
                    .push(i);
            }
        }
    }
    for (gk, (gname, idx)) in per_group {
        let keys: Vec<String> = idx.iter().filter_map(|i| done[*i].1.key.clone()).collect();
        let res = b.add_users_to_group(&gk, &keys).await;
        for (i, r) in idx.iter().zip(res) {
            if let Err(e) = r {
                let o = &mut done[*i].1;
                if !matches!(o.action, Action::Failed | Action::Partial) {
                    fail(
                        o,
                        format!("{}, but adding to group {gname} failed", said(o.action)),
                        &e,
                    );
                }
            }
        }
    }
    // Roles: one call per user and role (no bulk call for roles).
    for (i, (row, o)) in done.iter_mut().enumerate() {
        if !wants_more(i, row, o) || roles_given(i, o) {
            continue;
        }
        let Some(key) = o.key.clone() else { continue };
        for r in row.roles() {
            let Some(rk) = names.role(r) else { continue };
            if let Err(e) = b.grant_role(&key, rk, names.role_scope(r, scope)).await {
                fail(
                    o,
                    format!("{}, but granting role {r} failed", said(o.action)),
                    &e,
                );
                break;
            }
        }
    }
    done.into_iter()
        .map(|(row, o)| RowResult::from_outcome(row.n, &row.email, o))
        .collect()
}

/// A row's roles as the create body takes them: their keys, when every one
/// resolved and is granted at the project level (no tenant, stage or app).
fn roles_for_body(row: &Row, names: &Names, file: &Scope) -> Option<Vec<String>> {
    if row.roles().is_empty() {
        return None;
    }
    row.roles()
        .iter()
        .map(|r| {
            let s = names.role_scope(r, file);
            let plain = s.tenant.is_none() && s.stage.is_none() && s.app.is_none() && !s.org;
            names.role(r).filter(|_| plain).map(str::to_string)
        })
        .collect()
}

fn said(a: Action) -> &'static str {
    match a {
        Action::Created => "created",
        Action::Updated => "updated",
        _ => "already there",
    }
}

/// The keys of users who were already there, for a whole run. A platform
/// answers "already exists" without the key, and a re-run of a file whose
/// rows name groups or roles would otherwise cost one lookup per user.
///
/// Keys come, in order of cost: from what the caller knows (an earlier
/// run's results file), from one listing of the platform's users shared by
/// every batch, else from one lookup each. The listing is taken only when
/// it is cheaper: once two users of the run needed a key, and no longer
/// (in pages) than the lookups it is expected to replace; a platform whose
/// lookup of an e-mail costs nothing (it is the key) is never listed. How
/// a listed record names its key is learnt from the first lookup, so the
/// listing serves a platform only where it agrees with its lookups.
pub struct Directory {
    known: HashMap<String, String>,
    /// Rows of the run that name groups or roles (the most that may need a key).
    wanting: usize,
    seen: std::sync::atomic::AtomicUsize,
    unkeyed: std::sync::atomic::AtomicUsize,
    /// The first lookup: (e-mail, what it answered).
    probe: tokio::sync::OnceCell<(String, std::result::Result<String, String>)>,
    listing: tokio::sync::OnceCell<HashMap<String, String>>,
}

/// Records per page of a listing, on every platform.
const LIST_PAGE: usize = 100;

impl Directory {
    pub fn new(rows: &[Row], known: HashMap<String, String>) -> Directory {
        Directory {
            known,
            wanting: rows
                .iter()
                .filter(|r| !r.groups().is_empty() || !r.roles().is_empty())
                .count(),
            seen: Default::default(),
            unkeyed: Default::default(),
            probe: Default::default(),
            listing: Default::default(),
        }
    }

    /// The keys of `emails` (users a batch of `batch_len` rows found
    /// already there), in order.
    pub async fn keys(
        &self,
        b: &dyn Backend,
        batch_len: usize,
        emails: &[&str],
    ) -> Vec<Result<String>> {
        use std::sync::atomic::Ordering::SeqCst;
        let seen = self.seen.fetch_add(batch_len, SeqCst) + batch_len;
        let mut out: Vec<Option<Result<String>>> = emails
            .iter()
            .map(|e| self.known.get(&e.to_lowercase()).cloned().map(Ok))
            .collect();
        let open: Vec<usize> = (0..emails.len()).filter(|i| out[*i].is_none()).collect();
        let unkeyed = self.unkeyed.fetch_add(open.len(), SeqCst) + open.len();
        if let Some(&first) = open.first() {
            let (probed, answer) = self
                .probe
                .get_or_init(|| async {
                    let e = emails[first].to_string();
                    let r = b.user_key(&e).await.map_err(|e| e.to_string());
                    (e, r)
                })
                .await;
            let listed = match answer {
                // The e-mail is the key there: lookups cost nothing.
                Ok(k) if !k.eq_ignore_ascii_case(probed) && unkeyed >= 2 => {
                    let budget = (unkeyed * self.wanting).div_ceil(seen.max(1)).max(unkeyed);
                    Some(
                        self.listing
                            .get_or_init(|| list(b, probed, k, budget * LIST_PAGE))
                            .await,
                    )
                }
                _ => self.listing.get(),
            };
            for i in open {
                let e = emails[i];
                let hit = listed.and_then(|l| l.get(&e.to_lowercase()));
                out[i] = Some(match (hit, answer) {
                    (Some(k), _) => Ok(k.clone()),
                    (None, Ok(k)) if probed == e => Ok(k.clone()),
                    _ => b.user_key(e).await,
                });
            }
        }
        out.into_iter()
            .map(|k| k.unwrap_or_else(|| Err(CliError::other("no key"))))
            .collect()
    }
}

/// E-mail (lower case) → key of up to `max` users, the key read from the
/// field of a record that holds what a lookup of `probed` answered (`key`).
/// Empty when the listing fails or no field agrees: lookups take over.
async fn list(b: &dyn Backend, probed: &str, key: &str, max: usize) -> HashMap<String, String> {
    let query = crate::backend::UserQuery {
        max: Some(max),
        ..Default::default()
    };
    let mut records = Vec::new();
    let listed = b
        .list_users(&query, &mut |u| {
            records.push(u);
            Ok(())
        })
        .await;
    if listed.is_err() {
        return HashMap::new();
    }
    let email_of = |u: &serde_json::Value| crate::backend::summarize_user(u).email.to_lowercase();
    let Some(field) = records
        .iter()
        .find(|u| email_of(u) == probed.to_lowercase())
        .and_then(|u| u.as_object())
        .and_then(|o| {
            o.iter()
                .find(|(_, v)| v.as_str() == Some(key))
                .map(|(f, _)| f.clone())
        })
    else {
        return HashMap::new();
    };
    records
        .iter()
        .filter_map(|u| Some((email_of(u), u.get(&field)?.as_str()?.to_string())))
        .filter(|(e, _)| !e.is_empty())
        .collect()
}
