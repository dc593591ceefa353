//! Table and CSV columns for each kind of record: a header and the JSON
//! path it shows. JSON output is always the platform's whole object.

use crate::output::View;

pub const ODC_USER: View = View {
    columns: &[
        ("KEY", "key"),
        ("EMAIL", "email"),
        ("NAME", "name"),
        ("STATUS", "status"),
        ("LAST LOGIN", "lastLoginAt"),
    ],
};

pub const KEY: View = View {
    columns: &[("KEY", "key")],
};

pub const ODC_USER_GROUP: View = View {
    columns: &[
        ("KEY", "group.key"),
        ("NAME", "group.name"),
        ("ENVIRONMENT", "group.environmentKey"),
        ("MEMBERSHIP", "membershipTypes"),
    ],
};

pub const ODC_GROUP: View = View {
    columns: &[
        ("KEY", "key"),
        ("NAME", "name"),
        ("ENVIRONMENT", "environmentKey"),
        ("DESCRIPTION", "description"),
    ],
};

pub const ODC_GROUP_MEMBER: View = View {
    columns: &[
        ("KEY", "user.key"),
        ("EMAIL", "user.email"),
        ("NAME", "user.name"),
        ("STATUS", "user.status"),
        ("MEMBERSHIP", "membershipTypes"),
    ],
};

pub const ODC_APP_ROLE: View = View {
    columns: &[
        ("KEY", "key"),
        ("NAME", "name"),
        ("APP", "assetKey"),
        ("ENVIRONMENT", "environmentKey"),
    ],
};

pub const ODC_USER_APP_ROLE: View = View {
    columns: &[
        ("KEY", "key"),
        ("NAME", "name"),
        ("APP", "assetKey"),
        ("ENVIRONMENT", "environmentKey"),
        ("DIRECT", "isDirectlyAssigned"),
    ],
};

pub const ODC_ORG_ROLE: View = View {
    columns: &[("KEY", "key"), ("NAME", "name")],
};

pub const ODC_ROLE_USER: View = View {
    columns: &[
        ("KEY", "key"),
        ("EMAIL", "email"),
        ("NAME", "name"),
        ("STATUS", "status"),
    ],
};

pub const PROFILE: View = View {
    columns: &[
        ("NAME", "name"),
        ("KIND", "kind"),
        ("PORTAL", "portal"),
        ("CLIENT ID", "client_id"),
        ("SECRET", "secret"),
        ("DEFAULT", "default"),
    ],
};

pub const RESULT: View = View {
    columns: &[
        ("TARGET", "target"),
        ("ACTION", "action"),
        ("RESULT", "result"),
    ],
};

/// `--dry-run`: one row per request that was not sent.
pub const DRY_RUN: View = View {
    columns: &[("METHOD", "method"), ("URL", "url"), ("BODY", "body")],
};
