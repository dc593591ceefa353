#!/usr/bin/env python3
"""Scripted tour of every route the sandbox serves, sent through Prism's
validating proxies (see contract-check.sh). Counts requests and the
violations Prism reports: a 422 (request broke the spec), a 500 naming the
JSON path (response broke the spec), or an `sl-violations` header. Also
counts answers whose status differs from what the tour expects.

Python 3 standard library only.
"""

import argparse
import json
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

PRISM_ERROR = "https://stoplight.io/prism/errors"


class Tour:
    def __init__(self, sandbox, identity, portfolio):
        self.sandbox = sandbox
        self.base = {"identity": identity, "portfolio": portfolio}
        self.requests = 0
        self.violations = 0
        self.unexpected = 0
        self.token = None

    def raw(self, method, url, body=None, headers=None):
        data = None
        hdrs = dict(headers or {})
        if body is not None:
            if isinstance(body, (bytes, str)):
                data = body.encode() if isinstance(body, str) else body
            else:
                data = json.dumps(body).encode()
            hdrs.setdefault("Content-Type", "application/json")
        req = urllib.request.Request(url, data=data, method=method, headers=hdrs)
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                return r.status, dict(r.headers), r.read()
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read()

    def fetch_token(self):
        _, _, disc = self.raw("GET", self.sandbox + "/identity/.well-known/openid-configuration")
        ep = json.loads(disc)["token_endpoint"]
        form = urllib.parse.urlencode(
            {"grant_type": "client_credentials", "client_id": "sandbox-client", "client_secret": "sandbox-secret"}
        )
        _, _, tok = self.raw(
            "POST", ep, form, {"Content-Type": "application/x-www-form-urlencoded"}
        )
        self.token = json.loads(tok)["access_token"]

    def call(self, api, method, path, expect, body=None, query=None, token=None):
        """One request through Prism; returns the parsed JSON body (or None)."""
        url = self.base[api] + path
        if query:
            url += "?" + urllib.parse.urlencode(query, doseq=True)
        tok = self.token if token is None else token
        headers = {"Authorization": "Bearer " + tok, "Accept": "application/json"}
        status, hdrs, data = self.raw(method, url, body, headers)
        self.requests += 1
        lower = {k.lower(): v for k, v in hdrs.items()}
        parsed = None
        if data:
            try:
                parsed = json.loads(data)
            except ValueError:
                parsed = None
        label = f"{method} {path}{'?' + urllib.parse.urlencode(query, doseq=True) if query else ''}"
        problems = []
        if "sl-violations" in lower:
            try:
                problems += json.loads(lower["sl-violations"])
            except ValueError:
                problems.append(lower["sl-violations"])
        if isinstance(parsed, dict) and str(parsed.get("type", "")).startswith(PRISM_ERROR):
            # The body repeats the header's findings; count them once.
            problems = parsed.get("validation") or [parsed]
        if problems:
            self.violations += len(problems)
            print(f"VIOLATION {label} -> {status}: {json.dumps(problems)[:1500]}", file=sys.stderr)
        elif status != expect:
            self.unexpected += 1
            print(f"UNEXPECTED {label} -> {status} (wanted {expect}): {data[:400]!r}", file=sys.stderr)
        if status >= 400 and not problems and isinstance(parsed, dict):
            # Problem Details must carry a traceId (support asks for it).
            if not parsed.get("traceId"):
                self.unexpected += 1
                print(f"NO TRACEID {label}: {data[:300]!r}", file=sys.stderr)
        return parsed


def tour(t):
    # Malformed JSON bodies are not in the tour: Prism answers them itself
    # (they never reach the sandbox); the integration tests cover them.
    I, P = "identity", "portfolio"
    missing = str(uuid.uuid4())
    bad = "not-a-valid-token"

    # ---- portfolio v2: resolve names to keys ----
    envs = t.call(P, "GET", "/environments", 200)["results"]
    prod = next(e["key"] for e in envs if e["name"] == "Production")
    dev = next(e["key"] for e in envs if e["name"] == "Development")
    t.call(P, "GET", "/environments", 200, query={"portfolioKey": str(uuid.uuid4())})
    t.call(P, "GET", "/environments", 401, token=bad)
    pf = t.call(P, "GET", "/portfolios", 200)["results"][0]["key"]
    t.call(P, "GET", "/portfolios", 200, query={"portfolioKey": pf, "limit": 1, "offset": 0})
    t.call(P, "GET", "/portfolios", 400, query={"limit": 0})
    t.call(P, "GET", "/portfolios", 401, token=bad)
    apps = t.call(P, "GET", "/deployed-assets", 200)["results"]
    sales = next(a["key"] for a in apps if a["deployments"][0]["name"] == "SalesPortal")
    t.call(P, "GET", "/deployed-assets", 200, query={"environmentKey": prod, "nameContains": "sales"})
    t.call(P, "GET", "/deployed-assets", 200, query={"key": sales, "limit": 1, "offset": 1})
    t.call(P, "GET", "/deployed-assets", 200, query={"portfolioKey": pf, "type": "WebApplication"})
    t.call(P, "GET", "/deployed-assets", 400, query={"limit": 101})
    t.call(P, "GET", "/deployed-assets", 400, query={"environmentKey": "nope"})
    t.call(P, "GET", "/deployed-assets", 401, token=bad)

    # ---- users: list, count ----
    page = t.call(I, "GET", "/users", 200)
    assert page["page"]["nextPageOffset"] == 100, page["page"]
    last = t.call(I, "GET", "/users", 200, query={"limit": 25, "offset": 125})
    assert last["page"]["nextPageOffset"] is None, last["page"]
    keys = [u["key"] for u in page["results"]]
    t.call(I, "GET", "/users", 200, query={"offset": 1000})
    t.call(I, "GET", "/users", 200, query={"nameOrEmailContains": "ana", "sort": "-email"})
    t.call(I, "GET", "/users", 200, query={"nameOrEmailOrUsernameContains": "example", "sort": "lastLoginAt"})
    t.call(I, "GET", "/users", 200, query={"userKeys": ",".join(keys[:5]), "sort": "key"})
    t.call(I, "GET", "/users", 200, query={"status": "Invited", "sort": "-status"})
    t.call(I, "GET", "/users", 200, query={"embed": ["ApplicationRoles", "UserIdentityProviders"], "limit": 20})
    t.call(I, "GET", "/users", 200, query={"hasApplicationRoles": "true", "assetKey": sales, "environmentKey": prod})
    t.call(I, "GET", "/users", 200, query={"hasOrganizationRoles": "true", "domains": "example.com"})
    t.call(I, "GET", "/users", 200, query={"lastLoginAtSince": "2025-01-01T00:00:00Z", "lastLoginAtTo": "2026-01-01T00:00:00Z"})
    t.call(I, "GET", "/users", 400, query={"limit": 0})
    t.call(I, "GET", "/users", 400, query={"limit": 101})
    t.call(I, "GET", "/users", 400, query={"sort": "shoeSize"})
    t.call(I, "GET", "/users", 400, query={"userKeys": ",".join(str(uuid.uuid4()) for _ in range(21))})
    t.call(I, "GET", "/users", 400, query={"userKeys": "x,y"})
    t.call(I, "GET", "/users", 401, token=bad)
    t.call(I, "GET", "/users/count", 200)
    t.call(I, "GET", "/users/count", 200, query={"status": "Active", "hasApplicationRoles": "true"})
    t.call(I, "GET", "/users/count", 401, token=bad)

    # ---- users: create, get, patch, delete ----
    email = f"tour-{uuid.uuid4().hex[:8]}@example.com"
    made = t.call(I, "POST", "/users", 201, {"name": "Tour User", "email": email, "isActive": True,
                                             "addToBuiltInIdentityProvider": False})
    key = made["key"]
    t.call(I, "POST", "/users", 400, {"name": "Tour User", "email": email, "isActive": True,
                                      "addToBuiltInIdentityProvider": False})
    again = t.call(I, "POST", "/users", 201, {"name": "Tour User", "email": email, "isActive": True,
                                              "photoUrl": "https://example.com/p.png",
                                              "addToBuiltInIdentityProvider": True})
    assert again["key"] == key, (again, key)
    t.call(I, "POST", "/users", 400, {"name": "No Mail", "isActive": True, "addToBuiltInIdentityProvider": False})
    t.call(I, "POST", "/users", 401, {"name": "x", "email": "x@example.com", "isActive": True,
                                      "addToBuiltInIdentityProvider": False}, token=bad)
    t.call(I, "GET", f"/users/{key}", 200)
    t.call(I, "GET", f"/users/{key}", 200, query={"embed": ["ApplicationRoles", "UserIdentityProviders"]})
    t.call(I, "GET", f"/users/{missing}", 404)
    t.call(I, "GET", f"/users/{key}", 401, token=bad)
    t.call(I, "PATCH", f"/users/{key}", 204, {"name": "Tour User Renamed", "isActive": False,
                                             "photoUrl": "https://example.com/q.png"})
    t.call(I, "PATCH", f"/users/{key}", 400, {"name": ""})
    t.call(I, "PATCH", f"/users/{missing}", 404, {"isActive": True})
    t.call(I, "PATCH", f"/users/{key}", 401, {"isActive": True}, token=bad)

    # ---- bulk ----
    recs = [{"name": f"Bulk {i}", "email": f"bulk-{uuid.uuid4().hex[:8]}@example.com", "isActive": True,
             "addToBuiltInIdentityProvider": True} for i in range(3)]
    op = t.call(I, "POST", "/users/bulk", 202, {"records": recs})
    for _ in range(50):
        op = t.call(I, "GET", f"/users/bulk/{op['key']}", 200)
        if op["status"].startswith("Finished"):
            break
        time.sleep(0.02)
    assert op["status"] == "Finished", op
    dup = dict(recs[0])
    dup["addToBuiltInIdentityProvider"] = False
    op = t.call(I, "POST", "/users/bulk", 202, {"records": [dup, dup, {"name": "No Mail", "isActive": True,
                                                                      "addToBuiltInIdentityProvider": False}]})
    time.sleep(0.1)
    op = t.call(I, "GET", f"/users/bulk/{op['key']}", 200)
    assert op["status"] == "FinishedWithErrors", op
    t.call(I, "POST", "/users/bulk", 400, {"records": []})
    t.call(I, "POST", "/users/bulk", 400, {"records": [dup] * 101})
    t.call(I, "POST", "/users/bulk", 401, {"records": [dup]}, token=bad)
    t.call(I, "GET", f"/users/bulk/{missing}", 404)
    t.call(I, "GET", f"/users/bulk/{missing}", 401, token=bad)

    # ---- application roles ----
    roles = t.call(I, "GET", "/application-roles", 200, query={"assetKey": sales, "environmentKey": prod})["results"]
    admin = next(r["key"] for r in roles if r["name"] == "Admin")
    t.call(I, "GET", "/application-roles", 200, query={"nameContains": "view", "sort": "-name",
                                                       "environmentKeys": [dev, prod], "portfolioKeys": pf})
    t.call(I, "GET", "/application-roles", 200, query={"key": admin})
    t.call(I, "GET", "/application-roles", 400, query={"limit": 0})
    t.call(I, "GET", "/application-roles", 401, token=bad)
    t.call(I, "GET", f"/application-roles/{admin}/users", 200)
    t.call(I, "GET", f"/application-roles/{admin}/users", 200,
           query={"nameOrEmailContains": "a", "sort": "-name", "embed": "ApplicationRoles", "limit": 5})
    t.call(I, "GET", f"/application-roles/{missing}/users", 404)
    t.call(I, "GET", f"/application-roles/{admin}/users", 401, token=bad)
    t.call(I, "POST", f"/users/{key}/application-roles/{admin}", 201)
    t.call(I, "POST", f"/users/{key}/application-roles/{missing}", 404)
    t.call(I, "POST", f"/users/{missing}/application-roles/{admin}", 404)
    t.call(I, "POST", f"/users/{key}/application-roles/{admin}", 401, token=bad)
    t.call(I, "GET", f"/users/{key}/application-roles", 200)
    t.call(I, "GET", f"/users/{key}/application-roles", 200,
           query={"nameContains": "adm", "assetKey": sales, "environmentKey": prod, "assignmentSources": "Direct"})
    t.call(I, "GET", f"/users/{key}/application-roles", 400, query={"limit": 0})
    t.call(I, "GET", f"/users/{missing}/application-roles", 404)
    t.call(I, "GET", f"/users/{key}/application-roles", 401, token=bad)
    t.call(I, "DELETE", f"/users/{key}/application-roles/{admin}", 204)
    t.call(I, "DELETE", f"/users/{key}/application-roles/{admin}", 404)
    t.call(I, "DELETE", f"/users/{key}/application-roles/{admin}", 401, token=bad)

    # ---- organization roles ----
    orgs = t.call(I, "GET", "/organization-roles", 200)["results"]
    dev_role = next(r["key"] for r in orgs if r["name"] == "Developer")
    t.call(I, "GET", "/organization-roles", 200, query={"nameContains": "lead", "sort": "-name"})
    t.call(I, "GET", "/organization-roles", 400, query={"limit": 0})
    t.call(I, "GET", "/organization-roles", 401, token=bad)
    t.call(I, "GET", f"/organization-roles/{dev_role}", 200)
    t.call(I, "GET", f"/organization-roles/{missing}", 404)
    t.call(I, "GET", f"/organization-roles/{dev_role}", 401, token=bad)
    t.call(I, "GET", f"/organization-roles/{dev_role}/users", 200)
    t.call(I, "GET", f"/organization-roles/{dev_role}/users", 400, query={"limit": 0})
    t.call(I, "GET", f"/organization-roles/{missing}/users", 404)
    t.call(I, "GET", f"/organization-roles/{dev_role}/users", 401, token=bad)
    role_name = f"Tour Role {uuid.uuid4().hex[:6]}"
    made = t.call(I, "POST", "/organization-roles", 201, {"name": role_name, "permissions": [
        {"permissionKey": str(uuid.uuid4()), "environmentKeys": [dev], "name": "View end users"}]})
    org_key = made["orgRoleKey"]
    t.call(I, "POST", "/organization-roles", 409, {"name": role_name, "permissions": []})
    t.call(I, "POST", "/organization-roles", 400, {"permissions": []})
    t.call(I, "POST", "/organization-roles", 401, {"name": "x"}, token=bad)
    t.call(I, "PATCH", f"/organization-roles/{org_key}", 204, {"name": role_name + " v2"})
    t.call(I, "PATCH", f"/organization-roles/{org_key}", 409, {"name": "Developer"})
    t.call(I, "PATCH", f"/organization-roles/{missing}", 404, {"name": "x"})
    t.call(I, "PATCH", f"/organization-roles/{org_key}", 401, {"name": "x"}, token=bad)
    t.call(I, "POST", f"/users/{key}/organization-roles/{org_key}", 201)
    t.call(I, "POST", f"/users/{key}/organization-roles/{dev_role}", 201,
           {"grantPeriod": {"startTime": "2026-01-01T00:00:00Z", "endTime": None}})
    t.call(I, "POST", f"/users/{key}/organization-roles/{missing}", 404)
    t.call(I, "POST", f"/users/{key}/organization-roles/{org_key}", 401, token=bad)
    t.call(I, "GET", f"/users/{key}/organization-roles", 200)
    t.call(I, "GET", f"/users/{key}/organization-roles", 200, query={"scopes": "Organization", "limit": 1})
    t.call(I, "GET", f"/users/{key}/organization-roles", 400, query={"limit": 0})
    t.call(I, "GET", f"/users/{missing}/organization-roles", 404)
    t.call(I, "GET", f"/users/{key}/organization-roles", 401, token=bad)
    t.call(I, "DELETE", f"/users/{key}/organization-roles/{org_key}", 204)
    t.call(I, "DELETE", f"/users/{key}/organization-roles/{org_key}", 404)
    t.call(I, "DELETE", f"/users/{key}/organization-roles/{org_key}", 401, token=bad)
    t.call(I, "DELETE", f"/organization-roles/{org_key}", 204)
    t.call(I, "DELETE", f"/organization-roles/{org_key}", 404)
    t.call(I, "DELETE", f"/organization-roles/{org_key}", 401, token=bad)

    # ---- groups ----
    groups = t.call(I, "GET", "/groups", 200, query={"environmentKey": prod})["results"]
    gsales = next(g["key"] for g in groups if g["name"] == "Sales Team")
    t.call(I, "GET", "/groups", 200, query={"nameContains": "team", "environmentKeys": [dev, prod],
                                            "portfolioKeys": pf, "limit": 2, "offset": 1})
    t.call(I, "GET", "/groups", 400, query={"limit": 0})
    t.call(I, "GET", "/groups", 401, token=bad)
    t.call(I, "GET", f"/groups/{gsales}", 200)
    t.call(I, "GET", f"/groups/{missing}", 404)
    t.call(I, "GET", f"/groups/{gsales}", 401, token=bad)
    made = t.call(I, "POST", "/groups", 201, {"name": f"Tour {uuid.uuid4().hex[:6]}", "description": "tour",
                                              "environmentKey": prod, "applicationRoleKeys": [admin],
                                              "userKeys": keys[:2]})
    gkey = made["key"]
    t.call(I, "POST", "/groups", 400, {"description": "no name", "environmentKey": prod})
    t.call(I, "POST", "/groups", 400, {"name": "x", "environmentKey": missing})
    t.call(I, "POST", "/groups", 401, {"name": "x", "environmentKey": prod}, token=bad)
    t.call(I, "PATCH", f"/groups/{gkey}", 204, {"name": f"Tour {uuid.uuid4().hex[:6]}", "description": "renamed"})
    t.call(I, "PATCH", f"/groups/{gkey}", 400, {"name": ""})
    t.call(I, "PATCH", f"/groups/{missing}", 404, {"name": "x"})
    t.call(I, "PATCH", f"/groups/{gkey}", 401, {"name": "x"}, token=bad)
    t.call(I, "PATCH", f"/groups/{gkey}/users", 200, {"userKeysToAdd": [key], "userKeysToRemove": keys[:1]})
    t.call(I, "PATCH", f"/groups/{gkey}/users", 400, {"userKeysToAdd": [missing]})
    t.call(I, "PATCH", f"/groups/{missing}/users", 404, {"userKeysToAdd": [key]})
    t.call(I, "PATCH", f"/groups/{gkey}/users", 401, {"userKeysToAdd": [key]}, token=bad)
    members = t.call(I, "GET", f"/groups/{gkey}/users", 200)
    assert {m["user"]["key"] for m in members["results"]} == {key, keys[1]}, members
    t.call(I, "GET", f"/groups/{gsales}/users", 200, query={"nameOrEmailContains": "a", "sort": "-lastLoginAt",
                                                           "embed": "ApplicationRoles", "limit": 3})
    t.call(I, "GET", f"/groups/{gkey}/users", 400, query={"limit": 0})
    t.call(I, "GET", f"/groups/{missing}/users", 404)
    t.call(I, "GET", f"/groups/{gkey}/users", 401, token=bad)
    t.call(I, "GET", f"/users/{key}/groups", 200)
    t.call(I, "GET", f"/users/{key}/groups", 200, query={"nameContains": "tour", "environmentKey": prod})
    t.call(I, "GET", f"/users/{key}/groups", 400, query={"limit": 0})
    t.call(I, "GET", f"/users/{missing}/groups", 404)
    t.call(I, "GET", f"/users/{key}/groups", 401, token=bad)
    t.call(I, "GET", f"/groups/{gkey}/application-roles", 200)
    t.call(I, "GET", f"/groups/{gkey}/application-roles", 200, query={"nameContains": "adm", "assetKey": sales})
    t.call(I, "GET", f"/groups/{gkey}/application-roles", 400, query={"limit": 0})
    t.call(I, "GET", f"/groups/{missing}/application-roles", 404)
    t.call(I, "GET", f"/groups/{gkey}/application-roles", 401, token=bad)
    t.call(I, "PATCH", f"/groups/{gkey}/application-roles", 200, {"applicationRoleKeysToAdd": [],
                                                                 "applicationRoleKeysToRemove": [admin]})
    t.call(I, "PATCH", f"/groups/{gkey}/application-roles", 400, {"applicationRoleKeysToAdd": [missing]})
    t.call(I, "PATCH", f"/groups/{missing}/application-roles", 404, {"applicationRoleKeysToAdd": []})
    t.call(I, "PATCH", f"/groups/{gkey}/application-roles", 401, {}, token=bad)
    t.call(I, "DELETE", f"/groups/{gkey}", 204)
    t.call(I, "DELETE", f"/groups/{gkey}", 404)
    t.call(I, "DELETE", f"/groups/{gkey}", 401, token=bad)

    # ---- identity providers ----
    idps = t.call(I, "GET", "/identity-providers", 200)["results"]
    t.call(I, "GET", "/identity-providers", 200, query={"nameContains": "built", "limit": 1})
    t.call(I, "GET", "/identity-providers", 400, query={"limit": 0})
    t.call(I, "GET", "/identity-providers", 401, token=bad)
    t.call(I, "GET", f"/identity-providers/{idps[0]['key']}", 200)
    t.call(I, "GET", f"/identity-providers/{missing}", 404)
    t.call(I, "GET", f"/identity-providers/{idps[0]['key']}", 401, token=bad)

    # ---- users: the remaining filters (issue 10) ----
    t.call(I, "GET", "/users", 200, query={"loggedInEnvironmentKeys": prod, "lastLoginAtSince": "2025-01-01T00:00:00Z"})
    t.call(I, "GET", "/users", 200, query={"loggedInPortfolioKeys": pf, "portfolioKeys": pf, "limit": 5})
    t.call(I, "GET", "/users/count", 200, query={"loggedInEnvironmentKeys": [prod, dev]})

    # ---- group claim mappings (issue 10) ----
    mapped = t.call(I, "GET", "/groups", 200, query={"identityProviderKey": idps[0]["key"],
                                                      "environmentKey": prod})["results"]
    support = next(g for g in mapped if g["name"] == "Support")
    mkey = support["groupIdpClaimMappings"][0]["key"]
    t.call(I, "DELETE", f"/groups/{support['key']}/claim-mappings/{mkey}", 401, token=bad)
    t.call(I, "DELETE", f"/groups/{support['key']}/claim-mappings/{mkey}", 204)
    t.call(I, "DELETE", f"/groups/{support['key']}/claim-mappings/{mkey}", 404)
    t.call(I, "DELETE", f"/groups/{missing}/claim-mappings/{mkey}", 404)
    after = t.call(I, "GET", f"/groups/{support['key']}", 200)
    assert after["groupIdpClaimMappings"] == [], after

    # ---- permissions (issue 10) ----
    perms = t.call(I, "GET", "/permissions", 200)["results"]
    t.call(I, "GET", "/permissions", 200, query={"nameContains": "manage", "limit": 2, "offset": 1})
    t.call(I, "GET", "/permissions", 400, query={"limit": 0})
    t.call(I, "GET", "/permissions", 401, token=bad)
    t.call(I, "GET", f"/permissions/{perms[0]['key']}", 200)
    t.call(I, "GET", f"/permissions/{missing}", 404)
    t.call(I, "GET", f"/permissions/{perms[0]['key']}", 401, token=bad)

    # ---- portfolio v2: libraries, stage and portfolio renames (issue 10) ----
    # (Requests the spec itself rejects, such as a 51-character name, are
    # answered by Prism; Schemathesis and the integration tests cover them.)
    libs = t.call(P, "GET", "/libraries", 200)["results"]
    t.call(P, "GET", "/libraries", 200, query={"revisions": "All", "nameContains": "ch", "limit": 1})
    t.call(P, "GET", "/libraries", 200, query={"revisions": "HighestTag", "portfolioKey": pf,
                                                "type": ["LowCodeLibrary", "WidgetLibrary"]})
    t.call(P, "GET", "/libraries", 200, query={"key": libs[0]["key"]})
    t.call(P, "GET", "/libraries", 400, query={"limit": 0})
    t.call(P, "GET", "/libraries", 401, token=bad)
    t.call(P, "PATCH", f"/environments/{dev}", 200, {"name": "Dev Tour"})
    t.call(P, "PATCH", f"/environments/{dev}", 200, {"name": "Development"})
    t.call(P, "PATCH", f"/environments/{dev}", 422, {"name": "Production"})
    t.call(P, "PATCH", f"/environments/{dev}", 422, {"order": 99})
    t.call(P, "PATCH", f"/environments/{missing}", 404, {"name": "x"})
    t.call(P, "PATCH", "/environments", 200, {"environments": [{"key": dev, "name": "Development", "order": 1}]})
    t.call(P, "PATCH", "/environments", 404, {"environments": [{"key": missing, "name": "x"}]})
    t.call(P, "PATCH", f"/portfolios/{pf}", 200, {"name": "Tour Portfolio"})
    t.call(P, "PATCH", f"/portfolios/{pf}", 200, {"name": "Default"})
    t.call(P, "PATCH", f"/portfolios/{missing}", 404, {"name": "x"})

    # ---- finally, delete the tour user ----
    t.call(I, "DELETE", f"/users/{key}", 204)
    t.call(I, "DELETE", f"/users/{key}", 404)
    t.call(I, "DELETE", f"/users/{key}", 401, token=bad)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sandbox", required=True)
    ap.add_argument("--identity", required=True)
    ap.add_argument("--portfolio", required=True)
    a = ap.parse_args()
    t = Tour(a.sandbox, a.identity, a.portfolio)
    t.fetch_token()
    failed = None
    try:
        tour(t)
    except Exception as e:  # a broken assumption mid-tour is a failure too
        failed = e
        print(f"TOUR ABORTED: {type(e).__name__}: {e}", file=sys.stderr)
    print(f"contract: {t.requests} requests, {t.violations} violations"
          + (f", {t.unexpected} unexpected statuses" if t.unexpected else ""))
    sys.exit(1 if (t.violations or t.unexpected or failed) else 0)


if __name__ == "__main__":
    main()
