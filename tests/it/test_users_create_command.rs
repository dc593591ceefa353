//! `users create` and `users invite` on every platform.

use serde_json::{Value, json};

use crate::common::descope::{create, dsc_cmd, exists};
use crate::common::valuekeep::{ORG, TENANT, Valuekeep, user};
use crate::common::world::{descope, odc, valuekeep};
use crate::common::{
    Sandbox, TestEnv, Transcript, all_users, descope_load as load, get_json, requests, run,
    snapshot_settings, told, vk_api as vk,
};

#[test]
fn create_with_every_field_and_invite() {
    let sb = Sandbox::start(&[]);
    let env = TestEnv::new();
    let u = create(
        &env,
        &sb,
        &[
            "--login-id",
            "grace",
            "--email",
            "grace@example.com",
            "--phone",
            "+15551234567",
            "--name",
            "Grace Hopper",
            "--given-name",
            "Grace",
            "--middle-name",
            "Brewster",
            "--family-name",
            "Hopper",
            "--role",
            "Editor",
            "--role",
            "Viewer",
            "--tenant",
            "T-acme:Tenant Admin,Viewer",
            "--tenant",
            "T-globex",
            "--attr",
            "dept=Navy",
            "--attr",
            "rank=7",
            "--picture",
            "https://example.com/g.png",
            "--verified-email",
            "--verified-phone=false",
        ],
    );
    assert_eq!(u["loginIds"], json!(["grace"]));
    let s = load(&sb, "grace");
    assert_eq!(s["phone"], "+15551234567");
    assert_eq!(s["name"], "Grace Hopper");
    assert_eq!(s["middleName"], "Brewster");
    assert_eq!(s["roleNames"], json!(["Editor", "Viewer"]));
    assert_eq!(s["userTenants"][0]["tenantId"], "T-acme");
    assert_eq!(
        s["userTenants"][0]["roleNames"],
        json!(["Tenant Admin", "Viewer"])
    );
    assert_eq!(s["userTenants"][1]["tenantId"], "T-globex");
    assert_eq!(s["customAttributes"], json!({"dept": "Navy", "rank": 7}));
    assert_eq!(s["picture"], "https://example.com/g.png");
    assert_eq!(s["verifiedEmail"], true);
    assert_eq!(s["verifiedPhone"], false);
    assert_eq!(s["status"], "enabled");

    // Login id defaults to the e-mail; no name needed.
    create(&env, &sb, &["--email", "linus@example.com"]);
    assert!(exists(&sb, "linus@example.com"));

    // Invite: created invited, with the delivery options in the body.
    let dry = Transcript::of(dsc_cmd(&env, &sb).args([
        "--dry-run",
        "users",
        "invite",
        "--email",
        "kay@example.com",
        "--send-mail",
        "--send-sms=false",
        "--invite-url",
        "https://app.example.com/invite",
    ]));
    snapshot_settings().bind(|| insta::assert_snapshot!(dry.to_string(), @r#"
    [stdout]
    POST http://127.0.0.1:[PORT]/v1/mgmt/user/create {"loginId":"kay@example.com","email":"kay@example.com","invite":true,"inviteUrl":"https://app.example.com/invite","sendMail":true,"sendSMS":false}
    [stderr]
    Would invite user kay@example.com
    [exit status: 0]
    "#));
    let line = dry.stdout.trim();
    let body: Value =
        serde_json::from_str(line.split_once(' ').unwrap().1.split_once(' ').unwrap().1).unwrap();
    assert_eq!(body["invite"], true);
    assert_eq!(body["sendMail"], true);
    assert_eq!(body["sendSMS"], false);
    assert_eq!(body["inviteUrl"], "https://app.example.com/invite");
    assert!(!exists(&sb, "kay@example.com"), "dry run created the user");
    let out = run(dsc_cmd(&env, &sb).args([
        "users",
        "invite",
        "--email",
        "kay@example.com",
        "--send-mail",
        "-o",
        "json",
    ]))
    .ok();
    assert_eq!(out.json()[0]["result"], "created");
    assert_eq!(out.json()[0]["change"]["op"], "invite");
    assert_eq!(out.json()[0]["record"]["status"], "invited");
    insta::assert_snapshot!(told(&out.stderr), @"note: Descope sends the invitation by e-mail and/or SMS as --send-mail/--send-sms say, else as the project's settings say; the invitation URL must be configured in the console unless --invite-url is given.");

    // ODC-only and Descope-only flags are refused on the other platform.
    let t = Transcript::of(dsc_cmd(&env, &sb).args([
        "users",
        "create",
        "--email",
        "x@example.com",
        "--builtin-idp",
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @"
    [stdout]
    [stderr]
    error: `users create --builtin-idp` is not available on Descope
    hint: Descope has no identity providers to choose from
    [exit status: 2]
    ")
    });
    let t = Transcript::of(env.odc(&sb).args([
        "users",
        "create",
        "--email",
        "x@example.com",
        "--name",
        "X",
        "--phone",
        "1",
    ]));
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @"
    [stdout]
    [stderr]
    error: `users create --phone` is not available on ODC
    [exit status: 2]
    ")
    });
}

#[test]
fn odc_users_create() {
    let w = odc();
    let args = [
        "users",
        "create",
        "--email",
        "new.user@example.com",
        "--name",
        "New User",
    ];
    // A create is told by its outcome record (in a table: one line on
    // stderr, naming the user as given, with the new key).
    w.check_created("odc_users_create", &args, 0);
}

#[test]
fn valuekeep_users_create() {
    let w = valuekeep();
    let args = [
        "users",
        "create",
        "--email",
        "new.user@example.com",
        "--name",
        "New User",
    ];
    // A create is told by its outcome record: one line on stderr.
    w.check("valuekeep_users_create", &args, 0);
}

#[test]
fn descope_users_create() {
    descope().check_created(
        "descope_users_create",
        &[
            "users",
            "create",
            "--email",
            "new.user@example.com",
            "--name",
            "New User",
        ],
        0,
    );
}

#[test]
fn create_and_duplicate() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let out = run(env.odc(&sb).args([
        "users",
        "create",
        "--email",
        "new.user@example.com",
        "--name",
        "New User",
        "--photo-url",
        "https://example.com/p.png",
        "-o",
        "json",
    ]))
    .ok();
    // `-o json`: the outcome record on stdout, with the platform's answer.
    let rec = &out.json()[0];
    assert_eq!(rec["result"], "created", "{rec}");
    assert_eq!(rec["change"]["op"], "create", "{rec}");
    assert_eq!(rec["target"]["name"], "new.user@example.com", "{rec}");
    let key = rec["target"]["key"].as_str().unwrap().to_string();
    assert_eq!(rec["record"]["key"], json!(key), "{rec}");
    let u = get_json(&sb, &format!("users/{key}"));
    assert_eq!(u["email"], "new.user@example.com");
    assert_eq!(u["name"], "New User");
    assert_eq!(u["status"], "Active");
    assert_eq!(u["isActive"], true);
    assert_eq!(u["photoUrl"], "https://example.com/p.png");

    let out = run(env.odc(&sb).args([
        "users",
        "create",
        "--email",
        "off@example.com",
        "--name",
        "Off",
        "--inactive",
        "-o",
        "json",
    ]))
    .ok();
    let off = get_json(
        &sb,
        &format!("users/{}", out.json()[0]["target"]["key"].as_str().unwrap()),
    );
    assert_eq!(off["status"], "Inactive");
    assert_eq!(off["isActive"], false);

    let before = all_users(&sb).len();
    let t = Transcript::of(env.odc(&sb).args([
        "users",
        "create",
        "--email",
        "new.user@example.com",
        "--name",
        "Again",
    ]))
    .redact(&key, "[NEW_KEY]");
    snapshot_settings().bind(|| insta::assert_snapshot!(t.to_string(), @"
    [stdout]
    [stderr]
    error: create user new.user@example.com failed: Bad Request: A user with e-mail 'new.user@example.com' already exists ([NEW_KEY]). Use addToBuiltInIdentityProvider to add a built-in login to them. [UserAlreadyExists] (HTTP 400, traceId [TRACE_ID])
    [exit status: 5]
    "));
    assert_eq!(all_users(&sb).len(), before);

    // A malformed e-mail is refused before any request.
    let out = run(env.odc(&sb).args([
        "-v",
        "users",
        "create",
        "--email",
        "not-an-email",
        "--name",
        "X",
    ]))
    .expect(2);
    assert!(requests(&out.stderr).is_empty());
}

#[test]
fn invite_creates_an_invited_user_and_says_no_mail_was_sent() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let t = Transcript::of(env.odc(&sb).args([
        "-vv",
        "users",
        "invite",
        "--email",
        "invitee@example.com",
        "-o",
        "json",
    ]));
    let recs: Value = serde_json::from_str(&t.stdout).unwrap_or_else(|e| panic!("{e}: {t}"));
    let rec = &recs[0];
    assert_eq!(rec["result"], "created", "{rec}");
    assert_eq!(rec["change"]["op"], "invite", "{rec}");
    let key = rec["target"]["key"].as_str().unwrap().to_string();
    let t = t.redact(&key, "[NEW_KEY]");
    snapshot_settings().bind(|| insta::assert_snapshot!("odc_users_invite_trace", t.to_string()));
    let u = get_json(&sb, &format!("users/{key}"));
    assert_eq!(u["status"], "Invited");
    assert_eq!(
        u["name"], "invitee",
        "name defaults to the e-mail's local part"
    );
}

#[test]
fn create_invite_and_delete() {
    let sb = Sandbox::start(&["--seed-users", "5"]);
    let env = TestEnv::new();
    let out = run(env.valuekeep(&sb).args([
        "users",
        "create",
        "--email",
        "ada@example.com",
        "--name",
        "Ada Lovelace",
        "--user-key",
        "ADA",
        "--technician",
        "--role",
        "TECHNICIAN",
        "--group",
        "MAINT",
        "--status",
        "Active",
        "-o",
        "json",
    ]))
    .ok();
    // The outcome record: the target is the user key, the record is what
    // Valuekeep answered (the key and the new record id).
    let rec = &out.json()[0];
    assert_eq!(rec["result"], "created", "{rec}");
    assert_eq!(rec["target"]["key"], "ADA", "{rec}");
    let created = &rec["record"];
    assert_eq!(created["key"], "ADA");
    let id = created["id"].as_str().unwrap().to_string();
    let u = user(&sb, "ADA");
    assert_eq!(u["id"], id.as_str());
    assert_eq!(u["isTechnician"], true);
    assert_eq!(u["email"], "ada@example.com");
    assert_eq!(u["roles"][0]["roleKey"], "TECHNICIAN");
    assert_eq!(u["groups"][0]["groupKey"], "MAINT");

    // Default key: the e-mail's local part; --inactive → status Inactive.
    run(env.valuekeep(&sb).args([
        "users",
        "create",
        "--email",
        "bob@example.com",
        "--name",
        "Bob",
        "--inactive",
    ]))
    .ok();
    assert_eq!(user(&sb, "bob")["status"], 2);

    // Duplicates are refused by the API (400 → exit 5), its errors shown.
    let t = Transcript::of(env.valuekeep(&sb).args([
        "users",
        "create",
        "--email",
        "ada@example.com",
        "--name",
        "Ada",
        "--user-key",
        "ADA2",
    ]));
    snapshot_settings().bind(|| insta::assert_snapshot!(t.to_string(), @"
    [stdout]
    [stderr]
    error: create user ADA2 failed: The request is invalid.; email: 'ada@example.com' is already used by another user. (HTTP 400)
    [exit status: 5]
    "));

    // Dry run: printed, not sent.
    let t = Transcript::of(env.valuekeep(&sb).args([
        "--dry-run",
        "users",
        "create",
        "--email",
        "dry@example.com",
        "--name",
        "Dry",
    ]));
    snapshot_settings().bind(|| insta::assert_snapshot!(t.to_string(), @r#"
    [stdout]
    POST http://127.0.0.1:[PORT]/api/sandbox/sandbox-0001/identity/users {"userKey":"dry","name":"Dry","isTechnician":false,"email":"dry@example.com"}
    [stderr]
    Would create user dry@example.com
    [exit status: 0]
    "#));
    assert_eq!(vk(&sb, "GET", "users/dry", None).0, 404);

    // Invite: sendInvitation.
    let t = Transcript::of(env.valuekeep(&sb).args([
        "-v",
        "users",
        "invite",
        "--email",
        "cy@example.com",
        "--name",
        "Cy",
        "--role",
        "REQUESTER",
    ]));
    assert!(
        requests(&t.stderr)
            .iter()
            .any(|r| r.starts_with("POST ") && r.ends_with("/identity/users/sendInvitation"))
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(t.to_string(), @"
    [stdout]
    [stderr]
    > POST http://127.0.0.1:[PORT]/api/sandbox/sandbox-0001/identity/users/sendInvitation
    > authorization: Bearer ***
    < 200 OK ([N] ms)
    Invited user cy@example.com (cy)
    note: Valuekeep sent the invitation e-mail; the user appears with status InvitationSent.
    * 1 requests, 0 retries, 0 answered 429
    [exit status: 0]
    ")
    });
    let (_, page) = vk(
        &sb,
        "GET",
        "users/odata?$filter=Email eq 'cy@example.com'",
        None,
    );
    assert_eq!(page["items"][0]["status"], 3);

    // Delete by key, then by id; both gone.
    run(env.valuekeep(&sb).args(["-y", "users", "delete", "bob"])).ok();
    assert_eq!(vk(&sb, "GET", "users/bob", None).0, 404);
    let out = run(env
        .valuekeep(&sb)
        .args(["-v", "-y", "users", "delete", "--by-id", &id]))
    .ok();
    assert!(
        requests(&out.stderr)
            .iter()
            .any(|r| r == &format!("DELETE {}/api/{TENANT}/{ORG}/identity/users/{id}", sb.url))
    );
    assert_eq!(vk(&sb, "GET", "users/ADA", None).0, 404);
    run(env.valuekeep(&sb).args(["-y", "users", "delete", "ADA"])).expect(3);
    run(env
        .valuekeep(&sb)
        .args(["-y", "users", "delete", "--by-id", "not-a-guid"]))
    .expect(2);
}
