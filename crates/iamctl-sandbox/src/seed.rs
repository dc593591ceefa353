//! A deterministic world: same `--seed-users N`, same data and keys. Keys
//! come from RNGs seeded by fixed constants (world) or by the user's index,
//! so user i has the same key whatever N is.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, TimeZone, Utc};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use uuid::Uuid;

use super::odc::model::*;

fn key(rng: &mut StdRng) -> Uuid {
    uuid::Builder::from_random_bytes(rng.random()).into_uuid()
}

/// A fixed instant, so seeded timestamps do not depend on the clock.
fn epoch() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 1, 6, 9, 0, 0)
        .single()
        .unwrap_or_default()
}

const FIRST: &[&str] = &[
    "Ana", "Bruno", "Carla", "David", "Eva", "Filipe", "Greta", "Hugo", "Ines", "Joao", "Katia",
    "Luis", "Marta", "Nuno", "Olga", "Pedro", "Rita", "Sergio", "Tania", "Vasco", "Wanda",
    "Xavier", "Yara", "Zeca",
];
const LAST: &[&str] = &[
    "Almeida",
    "Barros",
    "Costa",
    "Dias",
    "Esteves",
    "Ferreira",
    "Gomes",
    "Henriques",
    "Lopes",
    "Martins",
    "Nunes",
    "Oliveira",
    "Pereira",
    "Ribeiro",
    "Santos",
    "Teixeira",
];

pub fn world(n_users: usize) -> OdcState {
    let mut rng = StdRng::seed_from_u64(0x0dc0_5eed);
    let t0 = epoch();
    let portfolio = Portfolio {
        key: key(&mut rng),
        name: "Default".into(),
        is_main: true,
    };
    let environments = vec![
        Environment {
            key: key(&mut rng),
            name: "Development".into(),
            purpose: "Development".into(),
            order: 1,
            region: "eu-central-1".into(),
        },
        Environment {
            key: key(&mut rng),
            name: "Production".into(),
            purpose: "Production".into(),
            order: 2,
            region: "eu-central-1".into(),
        },
    ];
    let apps: &[(&str, &str, &[&str])] = &[
        (
            "SalesPortal",
            "Quotes, orders and customers",
            &["Admin", "Viewer", "Sales Manager"],
        ),
        (
            "HRHub",
            "Leave, onboarding and reviews",
            &["Admin", "Viewer", "Employee"],
        ),
    ];
    let mut assets = Vec::new();
    let mut app_roles = Vec::new();
    for (i, (name, description, roles)) in apps.iter().enumerate() {
        let asset_key = key(&mut rng);
        let mut deployments = Vec::new();
        for env in &environments {
            deployments.push(Deployment {
                environment_key: env.key,
                revision: 3 + i as i32,
                build_key: key(&mut rng),
                deployment_key: key(&mut rng),
                deployed_at: t0 + Duration::days(env.order as i64),
                url: format!(
                    "https://acme{}.outsystems.app/{name}",
                    if env.order == 1 { "-dev" } else { "" }
                ),
            });
            for role in *roles {
                app_roles.push(AppRole {
                    key: key(&mut rng),
                    name: role.to_string(),
                    environment_key: env.key,
                    asset_key,
                    external_key: key(&mut rng),
                    claim: role.replace(' ', ""),
                });
            }
        }
        assets.push(Asset {
            key: asset_key,
            name: name.to_string(),
            kind: "WebApplication".into(),
            description: description.to_string(),
            deployments,
        });
    }
    let mut groups = Vec::new();
    for env in &environments {
        for (name, role_name) in [
            ("Sales Team", "Sales Manager"),
            ("HR Team", "Employee"),
            ("Support", "Viewer"),
        ] {
            let roles: BTreeSet<Uuid> = app_roles
                .iter()
                .filter(|r| r.environment_key == env.key && r.name == role_name)
                .map(|r| r.key)
                .collect();
            groups.push(Group {
                key: key(&mut rng),
                name: name.into(),
                description: Some(format!("{name} ({})", env.name)),
                environment_key: env.key,
                updated_at: t0,
                members: BTreeSet::new(),
                app_roles: roles,
                claim_mappings: Vec::new(),
            });
        }
    }
    let org_roles: Vec<OrgRole> = [("Admin", true), ("Developer", false), ("Tech Lead", false)]
        .into_iter()
        .map(|(name, ro)| OrgRole {
            key: key(&mut rng),
            name: name.into(),
            permissions: Vec::new(),
            is_read_only: ro,
        })
        .collect();
    let identity_providers = vec![IdentityProvider {
        key: key(&mut rng),
        name: "Built-in".into(),
        updated_at: t0,
    }];

    let mut users = Vec::with_capacity(n_users);
    for i in 0..n_users {
        let mut r = StdRng::seed_from_u64(0x05e7_0000_0000 + i as u64);
        let first = FIRST[r.random_range(0..FIRST.len())];
        let last = LAST[r.random_range(0..LAST.len())];
        let status = match r.random_range(0..20) {
            0 => UserStatus::Inactive,
            1 | 2 => UserStatus::Invited,
            3 => UserStatus::PendingRegistration,
            _ => UserStatus::Active,
        };
        let logged_in = matches!(status, UserStatus::Active | UserStatus::Inactive);
        let u_key = key(&mut r);
        let mut user = User {
            key: u_key,
            name: format!("{first} {last}"),
            email: format!(
                "{}.{}{}@example.com",
                first.to_lowercase(),
                last.to_lowercase(),
                i + 1
            ),
            username: None,
            subject: None,
            status,
            photo_url: None,
            last_login_at: logged_in
                .then(|| t0 + Duration::minutes(r.random_range(0..60 * 24 * 300))),
            is_email_verified: logged_in,
            terms_accepted: logged_in,
            builtin_idp: true,
            created_at: t0 - Duration::days(30),
            app_roles: BTreeSet::new(),
            org_roles: BTreeSet::new(),
        };
        // A spread of access: some group members, some direct app roles,
        // a handful of organization members.
        if i % 4 == 0 && !groups.is_empty() {
            let g = (i / 4) % groups.len();
            groups[g].members.insert(u_key);
        }
        if i % 3 == 0 && !app_roles.is_empty() {
            user.app_roles
                .insert(app_roles[(i / 3) % app_roles.len()].key);
        }
        if i < 6 && !org_roles.is_empty() {
            let role = if i == 0 { 0 } else { 1 + i % 2 };
            user.org_roles
                .insert(org_roles[role.min(org_roles.len() - 1)].key);
        }
        users.push(user);
    }

    let mut st = OdcState::default();
    st.portfolio = Some(portfolio);
    st.environments = environments;
    st.assets = assets;
    st.app_roles = app_roles;
    st.groups = groups;
    st.org_roles = org_roles;
    st.identity_providers = identity_providers;
    st.users = users;
    st.reindex();
    super::odc::groups::seed_claim_mappings(&mut st);
    st
}
