//! What the Valuekeep emulator remembers, how records render (the
//! vendor's camelCase resources), and a deterministic seed.

use std::borrow::Cow;
use std::collections::BTreeSet;

use chrono::{DateTime, Duration, TimeZone, Utc};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use uuid::Uuid;

use super::filter::Record;

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct VkState {
    #[serde(default)]
    pub seeded: bool,
    #[serde(default)]
    pub users: Vec<VkUser>,
    #[serde(default)]
    pub groups: Vec<VkGroup>,
    #[serde(default)]
    pub roles: Vec<VkRole>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct VkUser {
    pub id: Uuid,
    pub user_key: String,
    pub name: String,
    pub email: Option<String>,
    pub culture: String,
    pub is_technician: bool,
    pub is_active: bool,
    pub last_login: Option<DateTime<Utc>>,
    pub picture: Option<String>,
    pub status: i64,
    pub groups: BTreeSet<Uuid>,
    pub roles: BTreeSet<Uuid>,
    pub created_on: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct VkGroup {
    pub id: Uuid,
    pub group_key: String,
    pub name: String,
    pub email: Option<String>,
    pub notes: Option<String>,
    pub is_active: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct VkRole {
    pub id: Uuid,
    pub role_key: String,
    pub description: String,
    pub is_administration: bool,
    pub is_default: bool,
    pub is_internal: bool,
    pub is_active: bool,
    /// Set with `PUT roles/{key}/localizableDescription`; until then the
    /// description is rendered in its place.
    #[serde(default)]
    pub localizable_description: Option<String>,
}

/// A user record's properties, in the order they are rendered.
const USER_PROPS: &[&str] = &[
    "id",
    "userKey",
    "name",
    "email",
    "culture",
    "isTechnician",
    "isActive",
    "lastLogin",
    "picture",
    "status",
    "groups",
    "roles",
    "createdOn",
];

/// A user as `$filter` and `$orderby` read it: each property built when
/// asked for, so a list renders only the page it answers.
pub struct UserView<'a> {
    pub state: &'a VkState,
    pub user: &'a VkUser,
}

impl Record for UserView<'_> {
    fn prop(&self, name: &str) -> Option<Cow<'_, Value>> {
        let i = USER_PROPS
            .iter()
            .position(|p| p.eq_ignore_ascii_case(name))?;
        Some(Cow::Owned(self.state.user_prop(self.user, i)))
    }
}

impl VkState {
    /// A record named by id (a GUID) or by key, case-insensitively.
    pub fn user_index(&self, spec: &str) -> Option<usize> {
        match Uuid::try_parse(spec) {
            Ok(id) => self.users.iter().position(|u| u.id == id),
            Err(_) => self
                .users
                .iter()
                .position(|u| u.user_key.eq_ignore_ascii_case(spec)),
        }
    }
    pub fn group_index(&self, spec: &str) -> Option<usize> {
        match Uuid::try_parse(spec) {
            Ok(id) => self.groups.iter().position(|g| g.id == id),
            Err(_) => self
                .groups
                .iter()
                .position(|g| g.group_key.eq_ignore_ascii_case(spec)),
        }
    }
    pub fn role_index(&self, spec: &str) -> Option<usize> {
        match Uuid::try_parse(spec) {
            Ok(id) => self.roles.iter().position(|r| r.id == id),
            Err(_) => self
                .roles
                .iter()
                .position(|r| r.role_key.eq_ignore_ascii_case(spec)),
        }
    }

    /// One property of a user record (`i` indexes `USER_PROPS`).
    fn user_prop(&self, u: &VkUser, i: usize) -> Value {
        match i {
            0 => json!(u.id),
            1 => json!(u.user_key),
            2 => json!(u.name),
            3 => json!(u.email),
            4 => json!(u.culture),
            5 => json!(u.is_technician),
            6 => json!(u.is_active),
            7 => json!(u.last_login.map(|t| t.to_rfc3339())),
            8 => json!(u.picture),
            9 => crate::variants::vk_status(u.status),
            10 => Value::Array(
                self.groups
                    .iter()
                    .filter(|g| u.groups.contains(&g.id))
                    .map(|g| json!({"id": g.id, "groupKey": g.group_key, "name": g.name}))
                    .collect(),
            ),
            11 => Value::Array(
                self.roles
                    .iter()
                    .filter(|r| u.roles.contains(&r.id))
                    .map(|r| json!({"id": r.id, "roleKey": r.role_key, "description": r.description}))
                    .collect(),
            ),
            _ => json!(u.created_on.to_rfc3339()),
        }
    }

    pub fn render_user(&self, u: &VkUser) -> Value {
        let mut m = serde_json::Map::with_capacity(USER_PROPS.len());
        for (i, name) in USER_PROPS.iter().enumerate() {
            m.insert((*name).to_string(), self.user_prop(u, i));
        }
        Value::Object(m)
    }

    fn members(&self, pick: impl Fn(&VkUser) -> bool) -> Vec<Value> {
        self.users
            .iter()
            .filter(|u| pick(u))
            .map(|u| json!({"id": u.id, "userKey": u.user_key, "name": u.name}))
            .collect()
    }

    pub fn render_group(&self, g: &VkGroup) -> Value {
        json!({
            "id": g.id,
            "groupKey": g.group_key,
            "name": g.name,
            "email": g.email,
            "notes": g.notes,
            "isActive": g.is_active,
            "users": self.members(|u| u.groups.contains(&g.id)),
        })
    }

    pub fn render_role(&self, r: &VkRole) -> Value {
        json!({
            "id": r.id,
            "roleKey": r.role_key,
            "description": r.description,
            "localizableDescription": r.localizable_description.as_deref().unwrap_or(&r.description),
            "isAdministration": r.is_administration,
            "isDefault": r.is_default,
            "isInternal": r.is_internal,
            "isActive": r.is_active,
            "users": self.members(|u| u.roles.contains(&r.id)),
        })
    }
}

fn uuid(rng: &mut StdRng) -> Uuid {
    uuid::Builder::from_random_bytes(rng.random()).into_uuid()
}

const FIRST: &[&str] = &[
    "Ana", "Bruno", "Carla", "David", "Eva", "Filipe", "Greta", "Hugo", "Ines", "Joao", "Katia",
    "Luis", "Marta", "Nuno", "Olga", "Pedro", "Rita", "Sergio", "Tania", "Vasco",
];
const LAST: &[&str] = &[
    "Almeida", "Barros", "Costa", "Dias", "Esteves", "Ferreira", "Gomes", "Lopes", "Martins",
    "Nunes", "Oliveira", "Pereira", "Ribeiro", "Santos",
];

/// Same N, same world: user i has the same key and id whatever N is.
pub fn world(n_users: usize) -> VkState {
    let mut rng = StdRng::seed_from_u64(0x7a1e_6ee9);
    let t0 = Utc
        .with_ymd_and_hms(2025, 1, 6, 9, 0, 0)
        .single()
        .unwrap_or_default();
    let roles: Vec<VkRole> = [
        ("ADMIN", "Administrator", true, false),
        ("TECHNICIAN", "Technician", false, false),
        ("REQUESTER", "Requester", false, true),
        ("INTEGRATOR", "Integrator", false, false),
        ("REQUESTSMANAGER", "Requests Manager", false, false),
        ("WORKMANAGER", "Work Manager", false, false),
        ("READONLY", "Read only", false, false),
    ]
    .into_iter()
    .map(|(key, desc, admin, default)| VkRole {
        id: uuid(&mut rng),
        role_key: key.into(),
        description: desc.into(),
        is_administration: admin,
        is_default: default,
        is_internal: false,
        is_active: true,
        localizable_description: None,
    })
    .collect();
    let groups: Vec<VkGroup> = [
        ("MAINT", "Maintenance"),
        ("FACILITIES", "Facilities"),
        ("IT", "IT Support"),
    ]
    .into_iter()
    .map(|(key, name)| VkGroup {
        id: uuid(&mut rng),
        group_key: key.into(),
        name: name.into(),
        email: Some(format!("{}@example.com", key.to_lowercase())),
        notes: None,
        is_active: true,
    })
    .collect();
    let mut users = Vec::with_capacity(n_users);
    for i in 0..n_users {
        let mut r = StdRng::seed_from_u64(0x7a1e_0000_0000 + i as u64);
        let first = FIRST[r.random_range(0..FIRST.len())];
        let last = LAST[r.random_range(0..LAST.len())];
        let status = match r.random_range(0..20) {
            0 => 2,
            1 | 2 => 3,
            3 => 4,
            _ => 1,
        };
        let technician = i % 3 == 0;
        let mut u = VkUser {
            id: uuid(&mut r),
            user_key: format!("{}.{}{}", first.to_lowercase(), last.to_lowercase(), i + 1),
            name: format!("{first} {last}"),
            email: Some(format!(
                "{}.{}{}@example.com",
                first.to_lowercase(),
                last.to_lowercase(),
                i + 1
            )),
            culture: "pt-PT".into(),
            is_technician: technician,
            is_active: status != 2,
            last_login: (status == 1)
                .then(|| t0 + Duration::minutes(r.random_range(0..60 * 24 * 300))),
            picture: (i % 5 == 0).then(|| format!("user{}.png", i + 1)),
            status,
            groups: BTreeSet::new(),
            roles: BTreeSet::new(),
            created_on: t0 - Duration::days(30),
        };
        if !groups.is_empty() && i % 2 == 0 {
            u.groups.insert(groups[(i / 2) % groups.len()].id);
        }
        if roles.len() > 2 {
            u.roles
                .insert(if technician { roles[1].id } else { roles[2].id });
        }
        if i == 0 {
            u.roles.insert(roles[0].id);
        }
        users.push(u);
    }
    VkState {
        seeded: true,
        users,
        groups,
        roles,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::valuekeep::filter;

    /// `$filter` and `$orderby` read users through `UserView`: every
    /// property it builds is the one the rendered record carries.
    #[test]
    fn user_view_reads_what_render_writes() {
        let mut st = world(40);
        st.users[3].groups.insert(st.groups[1].id);
        for u in &st.users {
            let rendered = st.render_user(u);
            let view = UserView {
                state: &st,
                user: u,
            };
            for (k, v) in rendered.as_object().unwrap() {
                assert_eq!(view.prop(k).unwrap().as_ref(), v, "{k}");
                assert_eq!(view.prop(&k.to_uppercase()).unwrap().as_ref(), v, "{k}");
            }
            assert!(view.prop("nope").is_none());
            for f in [
                "Status eq 1 and IsTechnician eq true",
                "contains(Name,'costa') or startswith(Email,'ana')",
                "LastLogin gt '2025-03-01'",
            ] {
                let e = filter::parse(f).unwrap();
                assert_eq!(filter::matches(&e, &view), filter::matches(&e, &rendered));
            }
        }
    }
}
