//! The capability data and the backend's facets agree, both ways: each
//! command (or `command --flag`) a platform's capability data offers is
//! served by a facet the platform has, and each facet a platform has is
//! offered by its capability data (`backend::facets::FACET_VERBS`).

use std::sync::Arc;
use std::time::Duration;

use iamctl::backend::facets::{EITHER_VERBS, FACET_VERBS, facet_names};
use iamctl::backend::{Backend, Capabilities, ClientOptions};
use iamctl::commands::catalogue::{self, PLATFORMS};
use iamctl::config::{Kind, Profile, Resolved};
use iamctl::http::{Http, HttpOptions};

/// A backend of each platform, built as `Ctx` builds one (nothing is sent).
fn backend(kind: Kind) -> Box<dyn Backend> {
    let http = Arc::new(
        Http::new(HttpOptions {
            timeout: Duration::from_secs(5),
            max_wait: Duration::from_secs(5),
            verbose: 0,
            quiet: true,
        })
        .unwrap(),
    );
    let mut profile = Profile::new(kind);
    profile.portal = Some("http://127.0.0.1:9".into());
    profile.base_url = Some("http://127.0.0.1:9".into());
    profile.client_id = Some("client".into());
    profile.tenant = Some("tenant".into());
    profile.org = Some("org".into());
    profile.project_id = Some("P2xxxxxxxxxxxxxxxxxxxxxxxxxx".into());
    let resolved = Resolved {
        name: "facets".into(),
        profile,
        secret: Some(iamctl::secrets::Secret::new("secret")),
        cache_scope: Some("facets-test".into()),
    };
    let opts = ClientOptions::default();
    match kind {
        Kind::Odc => Box::new(iamctl::backend::odc::Odc::new(http, &resolved, &opts).unwrap()),
        Kind::Valuekeep => iamctl::backend::valuekeep::connect(http, &resolved, &opts).unwrap(),
        Kind::Descope => iamctl::backend::descope::connect(http, &resolved, &opts).unwrap(),
    }
}

/// Does the capability data offer `verb` (`command` or `command --flag`)?
fn offers(caps: &Capabilities, verb: &str) -> bool {
    match verb.split_once(" --") {
        Some((command, flag)) => caps
            .flags_of(command)
            .is_some_and(|f| f.contains(&format!("--{flag}").as_str())),
        None => caps.has(verb),
    }
}

#[test]
fn capability_data_and_facets_agree_both_ways() {
    let mut bad = Vec::new();
    for kind in PLATFORMS {
        let b = backend(kind.kind);
        let caps = b.capabilities();
        let has = facet_names(b.as_ref());
        for (facet, verbs) in FACET_VERBS {
            for verb in *verbs {
                let (offered, present) = (offers(caps, verb), has.contains(facet));
                if offered && !present {
                    bad.push(format!(
                        "{}: offers `{verb}` but has no {facet} facet",
                        caps.platform
                    ));
                }
                if present && !offered {
                    bad.push(format!(
                        "{}: has the {facet} facet but does not offer `{verb}`",
                        caps.platform
                    ));
                }
            }
        }
        for (facets, verbs) in EITHER_VERBS {
            let present = facets.iter().any(|f| has.contains(f));
            for verb in *verbs {
                if offers(caps, verb) != present {
                    bad.push(format!(
                        "{}: `{verb}` offered: {}, facets {facets:?}: {present}",
                        caps.platform,
                        offers(caps, verb)
                    ));
                }
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn facets_name_real_commands() {
    let paths: Vec<String> = catalogue::catalogue().into_iter().map(|e| e.path).collect();
    let mut bad = Vec::new();
    let verbs = FACET_VERBS
        .iter()
        .map(|(_, v)| *v)
        .chain(EITHER_VERBS.iter().map(|(_, v)| *v));
    for verb in verbs.flatten() {
        let command = verb.split_once(" --").map_or(*verb, |(c, _)| c);
        if !paths.iter().any(|p| p == command) {
            bad.push(format!("`{command}` is no command"));
        }
        if let Some((_, flag)) = verb.split_once(" --")
            && !PLATFORMS
                .iter()
                .any(|k| offers(catalogue::caps(*k), &format!("{command} --{flag}")))
        {
            bad.push(format!("`{verb}`: no platform honours the flag"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn a_missing_facet_is_refused_in_the_one_wording() {
    use iamctl::backend::facets::BackendFacets;
    let b = backend(Kind::Descope);
    let e = b.need_groups("listing groups").err().unwrap();
    assert_eq!(e.to_string(), "listing groups is not available on Descope");
    let b = backend(Kind::Odc);
    let e = b.need_tenants("tenants").err().unwrap();
    assert_eq!(e.to_string(), "tenants is not available on ODC");
}
