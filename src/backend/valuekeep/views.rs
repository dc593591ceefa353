//! What Valuekeep's records look like (`crate::views::View`): the table
//! columns and every field of each kind, from Valuekeep's identity
//! resources, beside what Valuekeep can do (`caps.rs`).

use crate::views::{View, Views};

const VK_USER: View = View {
    noun: "users",
    columns: &[
        ("USER KEY", "userKey"),
        ("EMAIL", "email"),
        ("NAME", "name"),
        ("STATUS", "status"),
        ("TECHNICIAN", "isTechnician"),
        ("ID", "id"),
    ],
    fields: &[
        "userKey",
        "email",
        "name",
        "status",
        "isTechnician",
        "id",
        "isActive",
        "lastLogin",
        "picture",
        "culture",
        "groups",
        "roles",
        "createdOn",
        "createdBy",
    ],
};

const VK_USER_GROUP: View = View {
    noun: "groups of a user",
    columns: &[("KEY", "groupKey"), ("NAME", "name"), ("ID", "id")],
    fields: &["groupKey", "name", "id"],
};

const VK_USER_ROLE: View = View {
    noun: "roles of a user",
    columns: &[
        ("KEY", "roleKey"),
        ("DESCRIPTION", "description"),
        ("ID", "id"),
    ],
    fields: &["roleKey", "description", "id"],
};

const VK_GROUP: View = View {
    noun: "groups",
    columns: &[
        ("KEY", "groupKey"),
        ("NAME", "name"),
        ("EMAIL", "email"),
        ("NOTES", "notes"),
        ("ID", "id"),
    ],
    fields: &[
        "groupKey", "name", "email", "notes", "id", "isActive", "users",
    ],
};

const VK_MEMBER: View = View {
    noun: "members",
    columns: &[("USER KEY", "userKey"), ("NAME", "name"), ("ID", "id")],
    fields: &["userKey", "name", "id"],
};

const VK_ROLE: View = View {
    noun: "roles",
    columns: &[
        ("KEY", "roleKey"),
        ("DESCRIPTION", "description"),
        ("ADMINISTRATION", "isAdministration"),
        ("DEFAULT", "isDefault"),
        ("ID", "id"),
    ],
    fields: &[
        "roleKey",
        "description",
        "isAdministration",
        "isDefault",
        "id",
        "localizableDescription",
        "isInternal",
        "isActive",
        "users",
    ],
};

const VK_CREATED: View = View {
    noun: "created records",
    columns: &[("KEY", "key"), ("ID", "id")],
    fields: &["key", "id"],
};

pub static VALUEKEEP: Views = Views {
    user: VK_USER,
    user_group: VK_USER_GROUP,
    user_role: VK_USER_ROLE,
    group: VK_GROUP,
    group_member: VK_MEMBER,
    role: VK_ROLE,
    role_user: VK_MEMBER,
    created: VK_CREATED,
};
