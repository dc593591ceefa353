//! `-o html` and `-o markdown`: a whole list as one document, for the
//! reports a person reads outside a terminal (an auditor's browser, a pull
//! request, a ticket). Only the commands in [`OFFERED_BY`] write them;
//! every other command refuses the format before anything runs.
//!
//! The HTML page is self-contained: styles and script inline, and a
//! Content-Security-Policy that lets it load nothing from anywhere.

use std::collections::{BTreeMap, BTreeSet};

use crate::error::{CliError, Result};

/// The commands that write `-o html` (all of these) and `-o markdown`
/// (these and the plans of `apply --dry-run`).
pub const OFFERED_BY: &[&str] = &["access report", "access holders", "users access", "diff"];
pub const MARKDOWN_ALSO: &[&str] = &["apply"];

/// Refuse a document format for a command that does not write one
/// (`plans_only`: the run changes nothing, it shows a plan).
pub fn check(format: &str, command: &str, plans_only: bool) -> Result<()> {
    let offered = OFFERED_BY.contains(&command)
        || (format == "markdown" && plans_only && MARKDOWN_ALSO.contains(&command));
    if offered {
        return Ok(());
    }
    let also = if format == "markdown" {
        " and the plan of apply --dry-run (or --plan-out)"
    } else {
        ""
    };
    let (last, rest) = OFFERED_BY.split_last().unwrap_or((&"", &[]));
    Err(CliError::usage(format!(
        "-o {format} is offered by {} and {last}{also}, not by `{command}`",
        rest.join(", ")
    ))
    .hint("use -o table, json, ndjson, csv or tsv here"))
}

/// What a document says about itself: the command, the profile and
/// platform it ran on, when.
#[derive(Debug, Clone, Default)]
pub struct About {
    pub command: String,
    pub profile: String,
    pub platform: String,
    pub generated: String,
}

/// The rows as the document shows them: headers, and each row's cells as
/// text (what a table shows).
pub struct Rows {
    pub headers: Vec<String>,
    /// The record field each column shows (`user`, `name`...).
    pub fields: Vec<String>,
    pub cells: Vec<Vec<String>>,
}

impl Rows {
    fn column(&self, field: &str) -> Option<usize> {
        self.fields.iter().position(|f| f == field)
    }
}

// ---- Markdown ----

/// A GitHub-flavoured table, cells escaped so that no value can break it.
pub fn markdown(about: &About, rows: &Rows) -> String {
    let mut s = format!("### iamctl {}\n\n", about.command);
    if !about.profile.is_empty() {
        s.push_str(&format!(
            "Profile `{}` ({}), {}: {} {}.\n\n",
            md_code(&about.profile),
            md_cell(&about.platform),
            md_cell(&about.generated),
            rows.cells.len(),
            if rows.cells.len() == 1 { "row" } else { "rows" }
        ));
    }
    if rows.cells.is_empty() {
        s.push_str("_Nothing to show._\n");
        return s;
    }
    let line = |cells: &mut dyn Iterator<Item = String>| {
        let mut l = String::from("|");
        for c in cells {
            l.push(' ');
            l.push_str(&c);
            l.push_str(" |");
        }
        l.push('\n');
        l
    };
    s.push_str(&line(&mut rows.headers.iter().map(|h| md_cell(h))));
    s.push_str(&line(&mut rows.headers.iter().map(|_| "---".to_string())));
    for r in &rows.cells {
        s.push_str(&line(&mut r.iter().map(|c| md_cell(c))));
    }
    s
}

/// A cell's text, safe inside a GFM table: pipes and backslashes escaped,
/// line breaks as `<br>`, HTML and Markdown emphasis characters escaped.
pub fn md_cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '|' | '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '~' => {
                out.push('\\');
                out.push(ch);
            }
            '\r' => {}
            '\n' => out.push_str("<br>"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn md_code(text: &str) -> String {
    text.replace('`', "'")
}

// ---- HTML ----

const STYLE: &str = r#"
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem;color:#1b1f24}
h1{font-size:1.4rem;margin:0 0 .25rem}h2{font-size:1.1rem;margin:2rem 0 .5rem}
.meta{color:#57606a;margin:0 0 1rem}
.summary{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0;padding:0;list-style:none}
.summary li{border:1px solid #d0d7de;border-radius:6px;padding:.4rem .8rem}
.summary b{display:block;font-size:1.2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa;cursor:pointer;user-select:none;white-space:nowrap}
th[aria-sort=ascending]::after{content:" \25B2"}th[aria-sort=descending]::after{content:" \25BC"}
tr:nth-child(even) td{background:#fbfcfd}
#filter{font:inherit;padding:.3rem .5rem;width:min(30rem,100%)}
.matrix td{text-align:center}.matrix td:first-child{text-align:left}
.matrix th{cursor:default;font-weight:normal;writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap}
.matrix th:first-child{writing-mode:horizontal-tb;transform:none}
@media print{#filter,.noprint{display:none}th{cursor:default}body{margin:0}tr{break-inside:avoid}}
"#;

const SCRIPT: &str = r#"
(function(){
var table=document.getElementById("rows");if(!table)return;
var body=table.tBodies[0],heads=table.tHead.rows[0].cells,input=document.getElementById("filter"),shown=document.getElementById("shown");
function apply(){var q=input.value.trim().toLowerCase(),n=0;
for(var i=0;i<body.rows.length;i++){var r=body.rows[i],hit=!q||r.textContent.toLowerCase().indexOf(q)>=0;r.hidden=!hit;if(hit)n++;}
shown.textContent=n;}
input.addEventListener("input",apply);
for(var c=0;c<heads.length;c++){(function(c){heads[c].addEventListener("click",function(){
var asc=heads[c].getAttribute("aria-sort")!=="ascending";
for(var k=0;k<heads.length;k++)heads[k].removeAttribute("aria-sort");
heads[c].setAttribute("aria-sort",asc?"ascending":"descending");
var rows=Array.prototype.slice.call(body.rows);
rows.sort(function(a,b){var x=a.cells[c].textContent,y=b.cells[c].textContent;
return (asc?1:-1)*x.localeCompare(y,undefined,{numeric:true,sensitivity:"base"});});
rows.forEach(function(r){body.appendChild(r);});});})(c);}
var m=/[#&]filter=([^&]*)/.exec(location.hash);if(m){input.value=decodeURIComponent(m[1]);}
apply();
})();
"#;

/// The whole page.
pub fn html(about: &About, rows: &Rows) -> String {
    let title = format!("iamctl {}", about.command);
    let mut s = String::with_capacity(4096 + rows.cells.len() * 200);
    s.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    // Nothing may be fetched: no network, no other file.
    s.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n",
    );
    s.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    s.push_str(&format!(
        "<title>{} — {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        esc(&title),
        esc(&about.profile)
    ));
    s.push_str(&format!("<h1>{}</h1>\n", esc(&title)));
    s.push_str(&format!(
        "<p class=\"meta\">Profile <b>{}</b> · {} · generated {}</p>\n",
        esc(&about.profile),
        esc(&about.platform),
        esc(&about.generated)
    ));
    s.push_str("<ul class=\"summary\" id=\"summary\">\n");
    for (label, n) in summary(rows) {
        s.push_str(&format!("<li><b>{n}</b>{}</li>\n", esc(&label)));
    }
    s.push_str("</ul>\n");
    s.push_str(&format!(
        "<p class=\"noprint\"><input id=\"filter\" type=\"search\" placeholder=\"Filter rows\" \
         aria-label=\"Filter rows\"> <span id=\"shown\">{}</span> of {} rows shown</p>\n",
        rows.cells.len(),
        rows.cells.len()
    ));
    s.push_str("<table id=\"rows\">\n<thead><tr>");
    for h in &rows.headers {
        s.push_str(&format!("<th scope=\"col\">{}</th>", esc(h)));
    }
    s.push_str("</tr></thead>\n<tbody>\n");
    for r in &rows.cells {
        s.push_str("<tr>");
        for c in r {
            s.push_str(&format!("<td>{}</td>", esc(c)));
        }
        s.push_str("</tr>\n");
    }
    s.push_str("</tbody>\n</table>\n");
    if let Some(m) = matrix(rows) {
        s.push_str(&m);
    }
    s.push_str(&format!("<script>{SCRIPT}</script>\n</body>\n</html>\n"));
    s
}

/// The counts at the top: rows, and the distinct users, roles (or names),
/// sources and actions the rows show.
fn summary(rows: &Rows) -> Vec<(String, usize)> {
    let mut out = vec![("rows".to_string(), rows.cells.len())];
    for (field, label) in [
        ("user", "users"),
        ("name", "names"),
        ("source", "sources"),
        ("action", "actions"),
    ] {
        if let Some(i) = rows.column(field) {
            let distinct: BTreeSet<&str> = rows
                .cells
                .iter()
                .map(|r| r[i].as_str())
                .filter(|c| !c.is_empty())
                .collect();
            out.push((label.to_string(), distinct.len()));
        }
    }
    out
}

/// Who holds what, at a glance: one row per user, one column per held
/// name in its scope; a cell says whether it is held directly (`direct`)
/// or through something else (its source). Only for rows with a user, a
/// name and a source (the access report and role holders).
fn matrix(rows: &Rows) -> Option<String> {
    let (u, n, src) = (
        rows.column("user")?,
        rows.column("name")?,
        rows.column("source")?,
    );
    let scope = rows.column("scope");
    let label = |r: &Vec<String>| match scope.map(|s| r[s].as_str()).filter(|s| !s.is_empty()) {
        Some(s) => format!("{} ({s})", r[n]),
        None => r[n].clone(),
    };
    let columns: BTreeSet<String> = rows.cells.iter().map(label).collect();
    if columns.is_empty() {
        return None;
    }
    let mut held: BTreeMap<&str, BTreeMap<String, Vec<&str>>> = BTreeMap::new();
    for r in &rows.cells {
        held.entry(r[u].as_str())
            .or_default()
            .entry(label(r))
            .or_default()
            .push(r[src].as_str());
    }
    let mut s = String::from(
        "<h2>User × access matrix</h2>\n<table class=\"matrix\" id=\"matrix\">\n<thead><tr><th scope=\"col\">User</th>",
    );
    for c in &columns {
        s.push_str(&format!("<th scope=\"col\">{}</th>", esc(c)));
    }
    s.push_str("</tr></thead>\n<tbody>\n");
    for (user, by) in &held {
        s.push_str(&format!("<tr><td>{}</td>", esc(user)));
        for c in &columns {
            match by.get(c) {
                Some(sources) => {
                    let text = sources.join("; ");
                    let mark = if sources.iter().all(|s| *s == "direct") {
                        "●"
                    } else {
                        "○"
                    };
                    s.push_str(&format!("<td title=\"{}\">{mark}</td>", esc(&text)));
                }
                None => s.push_str("<td></td>"),
            }
        }
        s.push_str("</tr>\n");
    }
    s.push_str("</tbody>\n</table>\n<p class=\"meta\">● held directly · ○ through a group or another source (hover for which)</p>\n");
    Some(s)
}

/// Text as HTML: the five characters that could open markup escaped.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows() -> Rows {
        Rows {
            headers: vec![
                "USER".into(),
                "NAME".into(),
                "SCOPE".into(),
                "SOURCE".into(),
            ],
            fields: vec![
                "user".into(),
                "name".into(),
                "scope".into(),
                "source".into(),
            ],
            cells: vec![
                vec![
                    "ana@x".into(),
                    "Viewer".into(),
                    "app A".into(),
                    "direct".into(),
                ],
                vec!["ana@x".into(), "Editor".into(), "".into(), "group G".into()],
                vec![
                    "<b>@x".into(),
                    "Vi|ewer".into(),
                    "app A".into(),
                    "direct".into(),
                ],
            ],
        }
    }

    #[test]
    fn markdown_cells_cannot_break_the_table() {
        assert_eq!(
            md_cell("a|b\\c\nd *e* <x>"),
            "a\\|b\\\\c<br>d \\*e\\* \\<x\\>"
        );
        let md = markdown(&About::default(), &rows());
        let lines: Vec<&str> = md.lines().filter(|l| l.starts_with('|')).collect();
        assert_eq!(lines.len(), 5);
        for l in lines {
            assert_eq!(l.matches(" |").count(), 4, "{l}");
        }
    }

    #[test]
    fn html_escapes_every_cell_and_draws_the_matrix() {
        let page = html(&About::default(), &rows());
        assert!(page.contains("<td>&lt;b&gt;@x</td>"));
        assert!(!page.contains("<b>@x"));
        assert!(page.contains("id=\"matrix\""));
        assert!(page.contains("<th scope=\"col\">Editor</th>"));
        assert!(page.contains("<th scope=\"col\">Viewer (app A)</th>"));
    }

    #[test]
    fn the_summary_counts_distinct_values() {
        let s = summary(&rows());
        assert_eq!(
            s,
            [
                ("rows".to_string(), 3),
                ("users".to_string(), 2),
                ("names".to_string(), 3),
                ("sources".to_string(), 2)
            ]
        );
    }

    #[test]
    fn only_report_commands_take_document_formats() {
        assert!(check("html", "access report", false).is_ok());
        assert!(check("markdown", "apply", true).is_ok());
        assert!(check("markdown", "apply", false).is_err());
        assert!(check("html", "users list", false).is_err());
    }
}
