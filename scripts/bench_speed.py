"""Every platform at the speed its API allows (issue 12). Prints figures from
one run; asserts nothing. Not part of the tests.

  1. `users list --all -o ndjson` of 10,000 users against a sandbox answering
     each request 50 ms late, against a sequential page loop over the same
     pages (one keep-alive connection, one page after another), per platform.
  2. Requests spent by `users roles add U A B C` on each platform, with names
     looked up (first run) and from the name cache (second run).
  3. Requests spent by a script of 20 `users roles add USER Viewer --app
     SalesPortal --stage Production` commands (ODC), one per user.
  4. Peak RSS of listing 100,000 users in each output format, per platform.
  5. The binary's size.

Usage: bench_speed.py [sections...]   sections: list writes script memory size
Environment: IAMCTL_BIN (default: $CARGO_TARGET_DIR/dist/iamctl)."""
import http.client, json, os, re, resource, shutil, subprocess, sys, tempfile, time, urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.environ.get("IAMCTL_BIN") or os.path.join(
    os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "dist", "iamctl")
PROJECT = "P2sandboxDescopeProject000000"
MGMT_KEY = "K2sandboxDescopeManagementKey000000000000000000000000000000000000000000"
VK = "/api/sandbox/sandbox-0001/identity"
PLATFORMS = ["odc", "valuekeep", "descope"]


def start_sandbox(*args):
    p = subprocess.Popen([BIN, "sandbox", "--port", "0", *args],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    return p, p.stdout.readline().strip()


def stop(p):
    p.terminate()
    p.wait()


def env_for(platform, url, tmp):
    e = {k: v for k, v in os.environ.items() if not k.startswith(("IAMCTL_", "DESCOPE_"))}
    e.update({"IAMCTL_CONFIG_DIR": os.path.join(tmp, "config"), "IAMCTL_CACHE_DIR": os.path.join(tmp, "cache"),
              "IAMCTL_NO_KEYRING": "1", "NO_COLOR": "1"})
    if platform == "odc":
        e.update({"IAMCTL_KIND": "odc", "IAMCTL_PORTAL": url,
                  "IAMCTL_CLIENT_ID": "sandbox-client", "IAMCTL_CLIENT_SECRET": "sandbox-secret"})
    elif platform == "valuekeep":
        e.update({"IAMCTL_KIND": "valuekeep", "IAMCTL_BASE_URL": url, "IAMCTL_TENANT": "sandbox",
                  "IAMCTL_ORG": "sandbox-0001", "IAMCTL_CLIENT_ID": "sandbox-client",
                  "IAMCTL_CLIENT_SECRET": "sandbox-secret", "IAMCTL_TOKEN_URL": url + "/connect/token"})
    else:
        e.update({"IAMCTL_KIND": "descope", "DESCOPE_PROJECT_ID": PROJECT, "IAMCTL_BASE_URL": url,
                  "IAMCTL_MANAGEMENT_KEY": MGMT_KEY})
    return e


def iamctl(args, env, check=True):
    return subprocess.run([BIN, *args], env=env, capture_output=True, text=True, check=check)


def requests_of(stderr):
    m = re.search(r"\* (\d+) requests", stderr)
    return int(m.group(1)) if m else None


def writes_of(stderr):
    lines = [l[2:] for l in stderr.splitlines() if l.startswith("> ") and l[2:].split(" ")[0] in
             ("POST", "PATCH", "PUT", "DELETE")]
    return [l for l in lines if "/connect/token" not in l and "/user/search" not in l]


def token(platform, url):
    if platform == "descope":
        return f"{PROJECT}:{MGMT_KEY}"
    path = "/identity/connect/token" if platform == "odc" else "/connect/token"
    form = {"grant_type": "client_credentials", "client_id": "sandbox-client", "client_secret": "sandbox-secret"}
    if platform == "valuekeep":
        form["scope"] = "application"
    u = urllib.parse.urlsplit(url)
    c = http.client.HTTPConnection(u.hostname, u.port)
    c.request("POST", path, urllib.parse.urlencode(form), {"Content-Type": "application/x-www-form-urlencoded"})
    return json.loads(c.getresponse().read())["access_token"]


def sequential_loop(platform, url):
    """Every user, one page after another on one keep-alive connection: what
    a client that pages sequentially spends. Returns (seconds, users)."""
    u = urllib.parse.urlsplit(url)
    tok = token(platform, url)
    c = http.client.HTTPConnection(u.hostname, u.port)
    h = {"Authorization": "Bearer " + tok, "Accept": "application/json"}
    n = 0
    t = time.perf_counter()
    if platform == "odc":
        off = 0
        while True:
            c.request("GET", f"/api/identity/v1/users?limit=100&offset={off}", headers=h)
            page = json.loads(c.getresponse().read())
            n += len(page["results"])
            if page["page"].get("nextPageOffset") is None:
                break
            off = page["page"]["nextPageOffset"]
    elif platform == "valuekeep":
        path = VK + "/users/odata?%24top=100"
        while path:
            c.request("GET", path, headers=h)
            page = json.loads(c.getresponse().read())
            n += len(page["items"])
            link = page.get("nextPageLink")
            path = urllib.parse.urlsplit(link)._replace(scheme="", netloc="").geturl() if link else None
    else:
        page_no = 0
        while True:
            body = json.dumps({"limit": 100, "page": page_no})
            c.request("POST", "/v2/mgmt/user/search", body, {**h, "Content-Type": "application/json"})
            page = json.loads(c.getresponse().read())
            n += len(page["users"])
            if len(page["users"]) < 100:
                break
            page_no += 1
    return time.perf_counter() - t, n


def bench_list(tmp):
    users, latency = 10_000, 50
    sb, url = start_sandbox("--seed-users", str(users), "--latency-ms", str(latency))
    try:
        for platform in PLATFORMS:
            env = env_for(platform, url, tmp)
            iamctl(["users", "list", "-L", "1"], env)  # the token, cached for the timed run
            t = time.perf_counter()
            out = iamctl(["-v", "users", "list", "--all", "-o", "ndjson"], env)
            ours = time.perf_counter() - t
            lines = out.stdout.count("\n")
            base, n = sequential_loop(platform, url)
            print(f"list --all, {platform:9} {users:,} users, --latency-ms {latency}: iamctl {ours:.2f} s "
                  f"({lines:,} users, {requests_of(out.stderr)} requests); sequential page loop {base:.2f} s "
                  f"({n:,} users) -> {base / ours:.1f}x")
    finally:
        stop(sb)


def roles_add(platform, env, user, roles, extra=()):
    out = iamctl(["-v", "users", "roles", "add", user, *roles, *extra], env)
    return requests_of(out.stderr), len(writes_of(out.stderr))


def bench_writes(tmp):
    sb, url = start_sandbox("--seed-users", "20")
    try:
        cases = {
            "odc": (None, ["Admin", "Viewer", "Sales Manager"], ["--app", "SalesPortal", "--stage", "Production"]),
            "valuekeep": (None, ["Integrator", "Work Manager", "Read only"], []),
            "descope": (None, ["Alpha", "Beta", "Gamma"], []),
        }
        for platform in PLATFORMS:
            env = env_for(platform, url, os.path.join(tmp, "w-" + platform))
            listing = json.loads(iamctl(["users", "list", "-L", "2", "-o", "json"], env).stdout)
            field = {"odc": "key", "valuekeep": "userKey", "descope": "userId"}[platform]
            _, roles, extra = cases[platform]
            first = roles_add(platform, env, listing[0][field], roles, extra)
            second = roles_add(platform, env, listing[1][field], roles, extra)
            print(f"users roles add U A B C, {platform:9}: first run {first[0]} requests ({first[1]} writes), "
                  f"names cached {second[0]} requests ({second[1]} writes)")
    finally:
        stop(sb)


def bench_script(tmp):
    sb, url = start_sandbox("--seed-users", "20")
    try:
        env = env_for("odc", url, os.path.join(tmp, "script"))
        keys = [u["key"] for u in json.loads(iamctl(["users", "list", "-L", "20", "-o", "json"], env).stdout)]
        per = []
        for k in keys:
            out = iamctl(["-v", "users", "roles", "add", k, "Viewer", "--app", "SalesPortal", "--stage", "Production"], env)
            per.append(requests_of(out.stderr))
        print(f"script of 20 `users roles add USER Viewer --app SalesPortal --stage Production` (ODC, token cached): "
              f"{sum(per)} requests in all; per command {per[0]}, then {', '.join(map(str, sorted(set(per[1:]))))}")
    finally:
        stop(sb)


def peak_rss_kib(cmd, env):
    code = ("import resource,subprocess,sys,json;"
            "subprocess.run(json.loads(sys.argv[1]),stdout=subprocess.DEVNULL,check=True);"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, json.dumps(cmd)], env=env, capture_output=True, text=True, check=True)
    return int(out.stdout.strip())


def bench_memory(tmp):
    sb, url = start_sandbox("--seed-users", "100000")
    try:
        for platform in PLATFORMS:
            env = env_for(platform, url, tmp)
            iamctl(["users", "list", "-L", "1"], env)
            cells = []
            for fmt in ["table", "json", "ndjson", "csv", "tsv"]:
                t = time.perf_counter()
                kib = peak_rss_kib([BIN, "users", "list", "--all", "-o", fmt], env)
                cells.append(f"{fmt} {kib / 1024:.1f} MiB ({time.perf_counter() - t:.1f} s)")
            print(f"peak RSS, list --all of 100,000 users, {platform:9}: " + ", ".join(cells))
    finally:
        stop(sb)


def bench_size(_tmp):
    print(f"binary: {BIN}: {os.path.getsize(BIN):,} bytes ({os.path.getsize(BIN) / 2**20:.1f} MiB)")


def main():
    sections = sys.argv[1:] or ["list", "writes", "script", "memory", "size"]
    tmp = tempfile.mkdtemp()
    try:
        for s in sections:
            {"list": bench_list, "writes": bench_writes, "script": bench_script,
             "memory": bench_memory, "size": bench_size}[s](tmp)
            sys.stdout.flush()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
