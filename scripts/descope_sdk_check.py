"""Descope's Python SDK (`descope` on PyPI) against the sandbox.

Each check calls the SDK as its docstrings show and compares the answer
with the shape they document. Run by scripts/descope-sdk.sh.
"""
import sys
from datetime import datetime, timedelta

from descope import AuthException, DescopeClient
from descope.management.common import AssociatedTenant
from descope.management.user import UserObj

BASE = sys.argv[1]
PROJECT = "P2sandboxDescopeProject000000"
KEY = "K2sandboxDescopeManagementKey000000000000000000000000000000000000000000"

failures = []


def check(what, ok, got=None):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)
        if got is not None:
            print("     got:", got)


def refused(what, fn, code):
    try:
        fn()
    except AuthException as e:
        check(f"{what} refused ({code})", code in str(e.error_message) or code in str(e), e)
        return
    check(f"{what} refused ({code})", False, "no error")


client = DescopeClient(project_id=PROJECT, management_key=KEY, base_url=BASE)
m = client.mgmt

# Tenants
created = m.tenant.create("SDK Tenant", self_provisioning_domains=["sdk.example.com"],
                          custom_attributes={"tier": "gold"})
tid = created.get("id")
check("tenant.create answers {id}", isinstance(tid, str) and tid != "", created)
refused("tenant.create of a taken name", lambda: m.tenant.create("SDK Tenant"), "E011409")
loaded = m.tenant.load(tid)
check("tenant.load answers the tenant", loaded.get("name") == "SDK Tenant"
      and loaded.get("selfProvisioningDomains") == ["sdk.example.com"]
      and loaded.get("customAttributes") == {"tier": "gold"}
      and isinstance(loaded.get("createdTime"), int), loaded)
m.tenant.update(tid, "SDK Tenant 2", self_provisioning_domains=["sdk2.example.com"])
check("tenant.update replaces", m.tenant.load(tid).get("name") == "SDK Tenant 2")
all_t = m.tenant.load_all()
check("tenant.load_all answers {tenants}", any(t["id"] == tid for t in all_t.get("tenants", [])), all_t)
found = m.tenant.search_all(names=["SDK Tenant 2"])
check("tenant.search_all filters by name", [t["id"] for t in found["tenants"]] == [tid], found)
m.tenant.update_settings(tid, self_provisioning_domains=["sdk3.example.com"], session_settings_enabled=True,
                         session_token_expiration=30)
settings = m.tenant.load_settings(tid)
check("tenant.load_settings answers what was set",
      settings.get("enabled") is True and settings.get("sessionTokenExpiration") == 30
      and settings.get("selfProvisioningDomains") == ["sdk3.example.com"], settings)
refused("tenant.load of an unknown id", lambda: m.tenant.load("T-nope"), "E011410")

# Permissions and roles
m.permission.create("sdk.read", "Read things")
perms = m.permission.load_all()
check("permission.load_all answers {permissions}",
      any(p["name"] == "sdk.read" and p["description"] == "Read things" for p in perms["permissions"]), perms)
refused("permission.create of a taken name", lambda: m.permission.create("sdk.read"), "E011409")
m.permission.update("sdk.read", "sdk.view", "View things")
m.role.create("SDK Role", "A role", permission_names=["sdk.view"])
m.role.create("SDK Tenant Role", permission_names=[], tenant_id=tid)
roles = m.role.load_all()["roles"]
role = next((r for r in roles if r["name"] == "SDK Role"), {})
check("role.load_all answers {roles} with permissionNames", role.get("permissionNames") == ["sdk.view"]
      and isinstance(role.get("createdTime"), int), roles)
refused("role.create of a taken name", lambda: m.role.create("SDK Role"), "E011409")
refused("role.create with an unknown permission", lambda: m.role.create("R2", permission_names=["nope"]), "E011410")
m.role.update("SDK Role", "SDK Role 2", "Renamed", permission_names=[])
s = m.role.search(tenant_ids=[tid])
check("role.search by tenant", [r["name"] for r in s["roles"]] == ["SDK Tenant Role"], s)
s = m.role.search(role_name_like="sdk role")
check("role.search roleNameLike", [r["name"] for r in s["roles"]] == ["SDK Role 2"], s)
m.role.delete("SDK Role 2")
m.role.delete("SDK Tenant Role", tenant_id=tid)
refused("role.delete of an unknown role", lambda: m.role.delete("SDK Role 2"), "E011410")
m.permission.delete("sdk.view")
check("permission.delete", all(p["name"] != "sdk.view" for p in m.permission.load_all()["permissions"]))

# Access keys
resp = m.access_key.create("sdk-key", key_tenants=[AssociatedTenant(tid, [])], description="ci")
key = resp.get("key", {})
check("access_key.create answers {key, cleartext}", isinstance(resp.get("cleartext"), str)
      and len(resp["cleartext"]) >= 20 and key.get("name") == "sdk-key" and key.get("status") == "active", resp)
kid = key.get("id")
loaded = m.access_key.load(kid)
check("access_key.load answers {key} without the cleartext",
      loaded.get("key", {}).get("id") == kid and resp["cleartext"] not in str(loaded), loaded)
keys = m.access_key.search_all_access_keys(tenant_ids=[tid])
check("access_key.search_all_access_keys answers {keys}", [k["id"] for k in keys["keys"]] == [kid], keys)
m.access_key.update(kid, "sdk-key-2", description="renamed")
check("access_key.update", m.access_key.load(kid)["key"]["name"] == "sdk-key-2")
m.access_key.deactivate(kid)
check("access_key.deactivate", m.access_key.load(kid)["key"]["status"] == "inactive")
m.access_key.activate(kid)
check("access_key.activate", m.access_key.load(kid)["key"]["status"] == "active")
m.access_key.delete(kid)
refused("access_key.load after delete", lambda: m.access_key.load(kid), "E011410")

# Tenant delete (after the keys that named it)
m.tenant.delete(tid, cascade=True)
refused("tenant.load after delete", lambda: m.tenant.load(tid), "E011410")

# SSO applications
apps = m.sso_application.load_all()
check("sso_application.load_all answers {apps}", len(apps.get("apps", [])) >= 1
      and all("appType" in a and "samlSettings" in a for a in apps["apps"]), apps)
one = m.sso_application.load(apps["apps"][0]["id"])
check("sso_application.load answers the app", one.get("id") == apps["apps"][0]["id"], one)

# Users: load_users and patch_batch
users = m.user.search_all(limit=3)["users"]
ids = [u["userId"] for u in users]
loaded = m.user.load_users(ids)
check("user.load_users answers {users}", [u["userId"] for u in loaded.get("users", [])] == ids, loaded)
patched = m.user.patch_batch([UserObj(login_id=users[0]["loginIds"][0], given_name="Patched"),
                              UserObj(login_id="nobody@example.com", given_name="X")])
check("user.patch_batch answers {patchedUsers, failedUsers}",
      len(patched.get("patchedUsers", [])) == 1 and patched["patchedUsers"][0]["givenName"] == "Patched"
      and len(patched.get("failedUsers", [])) == 1 and "failure" in patched["failedUsers"][0], patched)

# Audit
m.audit.create_event(action="sdk-check", type="info", actor_id="ci", tenant_id="T-acme", user_id=ids[0])
found = m.audit.search(actions=["sdk-check"], from_ts=datetime.now() - timedelta(days=1))
check("audit.search finds a created event", len(found["audits"]) == 1
      and found["audits"][0]["userId"] == ids[0] and found["audits"][0]["tenants"] == ["T-acme"]
      and isinstance(found["audits"][0]["occurred"], datetime), found)
found = m.audit.search(actions=["TenantCreated"])
check("audit.search finds the sandbox's own events", len(found["audits"]) >= 1, found)
found = m.audit.search(user_ids=[ids[0]], actions=["UserModified"])
check("audit.search by user finds the patch", len(found["audits"]) >= 1, found)

print(f"{len(failures)} failure(s)" if failures else "all Descope SDK checks passed")
sys.exit(1 if failures else 0)
