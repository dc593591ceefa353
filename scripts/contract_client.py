"""Client half of the contract check: the real iamctl binary runs a tour of
its ODC commands through Prism, so every request the client sends (and every
answer it gets) is validated against the vendor's OpenAPI files.

A small proxy stands in for the ODC portal: OIDC discovery and the token
endpoint go straight to the sandbox (they are not in the specs); identity
and portfolio calls go through their Prism proxies. A Prism 422 (the request
broke the spec) or an `sl-violations` header counts as a violation.

Usage: contract_client.py --bin IAMCTL --sandbox URL --identity PRISM1 --portfolio PRISM2
"""
import argparse, http.client, json, os, subprocess, sys, tempfile, threading, urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROUTES = []  # (prefix, upstream base URL)
STATS = {"requests": 0, "violations": 0}
LOCK = threading.Lock()


class Proxy(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def handle_any(self):
        for prefix, upstream in ROUTES:
            if self.path.startswith(prefix):
                break
        else:
            self.send_error(404)
            return
        target = urllib.parse.urlsplit(upstream)
        path = target.path.rstrip("/") + self.path[len(prefix):]
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
        conn = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
        conn.request(self.command, path, body=body, headers=headers)
        resp = conn.getresponse()
        data = resp.read()
        checked = prefix.startswith("/api/")
        violations = []
        if checked:
            sl = resp.getheader("sl-violations")
            if sl:
                violations.append(sl)
            if resp.status == 422:
                violations.append(data.decode("utf-8", "replace")[:400])
        with LOCK:
            if checked:
                STATS["requests"] += 1
            if violations:
                STATS["violations"] += len(violations)
                print(f"VIOLATION {self.command} {self.path}: {violations}", file=sys.stderr)
        self.send_response(resp.status)
        for k, v in resp.getheaders():
            if k.lower() not in ("transfer-encoding", "connection", "content-length"):
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        conn.close()

    do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = handle_any


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--sandbox", required=True)
    ap.add_argument("--identity", required=True)
    ap.add_argument("--portfolio", required=True)
    a = ap.parse_args()
    ROUTES.extend([
        ("/api/identity/v1", a.identity),
        ("/api/portfolios/v2", a.portfolio),
        ("/identity", a.sandbox + "/identity"),
    ])
    server = ThreadingHTTPServer(("127.0.0.1", 0), Proxy)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    portal = f"http://127.0.0.1:{server.server_address[1]}"

    tmp = tempfile.mkdtemp()
    env = {
        "PATH": os.environ.get("PATH", ""), "HOME": tmp,
        "IAMCTL_CONFIG_DIR": tmp + "/config", "IAMCTL_CACHE_DIR": tmp + "/cache", "IAMCTL_NO_KEYRING": "1",
        "IAMCTL_KIND": "odc", "IAMCTL_PORTAL": portal,
        "IAMCTL_CLIENT_ID": "sandbox-client", "IAMCTL_CLIENT_SECRET": "sandbox-secret",
        # The sandbox's discovery names its own origin, not this stand-in portal's, and
        # iamctl sends a secret only to the portal's origin or the token URL a profile names.
        "IAMCTL_TOKEN_URL": a.sandbox + "/identity/connect/token",
    }
    failures = []

    def run(*args, ok=True):
        p = subprocess.run([a.bin, *args], env=env, capture_output=True, text=True, timeout=60)
        if (p.returncode == 0) != ok:
            failures.append(f"iamctl {' '.join(args)} -> exit {p.returncode}: {p.stderr.strip()[:300]}")
        return p.stdout

    email = "contract.client@example.com"
    run("users", "list", "-L", "5")
    run("users", "list", "--all", "--search", "a", "-o", "ndjson")
    run("users", "list", "--status", "active", "--sort", "-email", "-L", "3")
    # A write prints its outcome records: one per change, the created user's key in its target.
    created = json.loads(run("users", "create", "--email", email, "--name", "Contract Client", "-o", "json") or "[]")
    key = created[0]["target"]["key"] if created else ""
    run("users", "get", email)
    run("users", "get", key)
    run("users", "set", email, "name", "Contract Renamed")
    run("users", "set", key, "active", "false")
    run("users", "patch", key, "--active", "--photo-url", "https://example.com/p.png")
    run("users", "invite", "--email", "contract.invite@example.com")
    run("users", "groups", "add", email, "Support", "--stage", "Production")
    run("users", "groups", "list", email)
    run("users", "groups", "set", email, "HR Team", "--stage", "Development", "--yes")
    run("users", "groups", "remove", email, "HR Team", "--stage", "Development")
    run("users", "roles", "add", email, "Viewer", "--app", "SalesPortal", "--stage", "Production")
    run("users", "roles", "list", email)
    run("users", "roles", "list", email, "--via-groups")
    run("users", "access", email)
    run("users", "roles", "remove", email, "Viewer", "--app", "SalesPortal", "--stage", "Production")
    run("users", "roles", "add", email, "Developer", "--org")
    run("users", "roles", "list", email, "--org")
    run("users", "roles", "set", email, "--org", "--yes")
    run("groups", "list", "--stage", "Production")
    run("groups", "get", "Support", "--stage", "Production")
    run("groups", "members", "Support", "--stage", "Production")
    run("groups", "create", "Contract Group", "--stage", "Development", "--description", "made by the contract check")
    run("groups", "delete", "Contract Group", "--stage", "Development", "--yes")
    run("roles", "list", "--app", "HRHub", "--stage", "Development")
    run("roles", "list", "--org")
    run("roles", "users", "Admin", "--org")
    run("roles", "get", "Admin", "--org")
    run("roles", "get", "Viewer", "--app", "SalesPortal", "--stage", "Production")
    run("users", "count")
    run("roles", "create", "Contract Role", "--org")
    run("roles", "update", "Contract Role", "--org", "--name", "Contract Role 2")
    run("roles", "delete", "Contract Role 2", "--org", "--yes")
    run("users", "list", "--has-org-roles", "--has-app-roles", "--domain", "example.com", "--last-login-after", "90d", "--last-login-before", "1d")
    run("users", "list", "--stage", "Production", "--app", "SalesPortal")
    run("identity-providers", "list")
    run("idps", "get", "Built-in")
    run("groups", "update", "Support", "--stage", "Production", "--description", "made by the contract check")
    run("users", "count", "--status", "inactive")
    run("groups", "roles", "list", "Support", "--stage", "Production")
    run("groups", "roles", "add", "Support", "Admin", "Viewer", "--app", "SalesPortal", "--stage", "Production")
    run("groups", "roles", "set", "Support", "Viewer", "--app", "SalesPortal", "--stage", "Production", "--yes")
    run("groups", "roles", "remove", "Support", "Viewer", "--app", "SalesPortal", "--stage", "Production")
    run("groups", "claim-mappings", "list", "Support", "--stage", "Development")
    run("groups", "claim-mappings", "clear", "Support", "--stage", "Development", "--yes")
    run("permissions", "list", "--search", "manage")
    run("permissions", "get", "Manage users")
    run("roles", "permissions", "add", "Tech Lead", "Manage users", "View members", "--org")
    run("roles", "permissions", "list", "Tech Lead", "--org")
    run("roles", "permissions", "set", "Tech Lead", "View members", "--org", "--yes")
    run("roles", "permissions", "remove", "Tech Lead", "View members", "--org", "--yes")
    run("users", "list", "--logged-in-stage", "Production", "--logged-in-portfolio", "Default", "--portfolio", "Default")
    run("users", "list", "--key", key, "--embed", "app-roles,identity-providers", "-o", "json")
    run("api", "GET", "users?limit=2")
    run("profile", "test")
    run("users", "get", "00000000-0000-0000-0000-000000000000", ok=False)
    run("users", "delete", email, "contract.invite@example.com", "--yes")
    server.shutdown()
    for f in failures:
        print("FAILED " + f, file=sys.stderr)
    print(f"contract (client): {STATS['requests']} requests validated, {STATS['violations']} violations, "
          f"{len(failures)} failed commands")
    sys.exit(1 if STATS["violations"] or failures else 0)


if __name__ == "__main__":
    main()
