"""Times iamctl against plain curl on the sandbox, and bulk import against a
loop of `users create`. Prints figures; asserts nothing.
Usage: bench_client.py [runs] [list|import ...]   (default: every section)"""
import json, os, re, resource, shutil, statistics, subprocess, sys, tempfile, time

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "dist", "iamctl")


def start_sandbox(users, *extra):
    p = subprocess.Popen([BIN, "sandbox", "--port", "0", "--seed-users", str(users), *extra],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    url = p.stdout.readline().strip()
    return p, url


def env_for(url, tmp):
    e = dict(os.environ)
    e.update({
        "IAMCTL_KIND": "odc", "IAMCTL_PORTAL": url,
        "IAMCTL_CLIENT_ID": "sandbox-client", "IAMCTL_CLIENT_SECRET": "sandbox-secret",
        "IAMCTL_CONFIG_DIR": os.path.join(tmp, "config"), "IAMCTL_CACHE_DIR": os.path.join(tmp, "cache"),
        "IAMCTL_NO_KEYRING": "1",
    })
    return e


def timed(cmd, env=None, shell=False):
    t = time.perf_counter()
    subprocess.run(cmd, env=env, shell=shell, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def token(url):
    out = subprocess.run(["curl", "-s", "-d", "grant_type=client_credentials&client_id=sandbox-client&client_secret=sandbox-secret",
                          url + "/identity/connect/token"], capture_output=True, text=True, check=True).stdout
    return json.loads(out)["access_token"]


def median(xs):
    return statistics.median(xs)


def peak_rss_kib(cmd, env):
    """Peak RSS of one child, measured from a fresh interpreter."""
    code = ("import resource,subprocess,sys,json;"
            "subprocess.run(json.loads(sys.argv[1]),stdout=subprocess.DEVNULL,check=True);"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, json.dumps(cmd)], env=env, capture_output=True, text=True, check=True)
    return int(out.stdout.strip())


def import_csv(path, n, prefix):
    with open(path, "w") as f:
        f.write("email,name,active\n")
        for i in range(n):
            f.write(f"{prefix}{i:05}@bench.example.com,Bench User {i},true\n")


def bench_import():
    """10,000 users: one `users import` (ODC bulk, 100 per call) vs a loop of
    `users create` (timed on a sample and extrapolated); then the same import
    against ODC's published limits (--vendor-limits) in a 0.5 s window."""
    n, sample = 10_000, 500
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "users.csv")
    import_csv(src, n, "imp")
    sb, url = start_sandbox(0)
    try:
        env = env_for(url, tmp)
        subprocess.run([BIN, "users", "list", "-L", "1"], env=env, check=True, stdout=subprocess.DEVNULL)
        t_import = timed([BIN, "-q", "users", "import", src, "--results", os.path.join(tmp, "r.ndjson")], env)
        t0 = time.perf_counter()
        for i in range(sample):
            subprocess.run([BIN, "users", "create", "--email", f"loop{i:05}@bench.example.com", "--name", f"Loop {i}"],
                           env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        t_loop = (time.perf_counter() - t0) / sample * n
    finally:
        sb.terminate(); sb.wait()
    print(f"import 10,000 users (sandbox, no limits): iamctl users import {t_import:.2f} s; "
          f"loop of users create {t_loop:.1f} s (extrapolated from {sample} creates) -> {t_loop/t_import:.0f}x faster")
    window = 0.5
    sb, url = start_sandbox(0, "--vendor-limits", "--rate-window", str(window))
    try:
        env = env_for(url, tmp)
        subprocess.run([BIN, "users", "list", "-L", "1"], env=env, check=True, stdout=subprocess.DEVNULL)
        t = time.perf_counter()
        p = subprocess.run([BIN, "-v", "--rate-window", str(window), "users", "import", src,
                            "--results", os.path.join(tmp, "r2.ndjson")], env=env, capture_output=True, text=True)
        elapsed = time.perf_counter() - t
    finally:
        sb.terminate(); sb.wait()
    m = re.search(r"\* (\d+) requests, (\d+) retries, (\d+) answered 429", p.stderr)
    reqs, retries, throttled = (int(x) for x in m.groups()) if m else (0, 0, 0)
    floor = n / 100 / 5 * window
    print(f"import 10,000 users under --vendor-limits --rate-window {window}: {elapsed:.2f} s, floor {floor:.1f} s "
          f"(20 windows of 5 bulk calls) -> {elapsed/floor:.3f}x the floor; {reqs} requests, {throttled} answered 429 "
          f"({100*throttled/max(reqs,1):.2f}%), exit {p.returncode}")
    shutil.rmtree(tmp, ignore_errors=True)


def main():
    sections = sys.argv[2:] or ["list", "import"]
    if "list" in sections:
        bench_list()
    if "import" in sections:
        bench_import()


def bench_list():
    tmp = tempfile.mkdtemp()
    sb, url = start_sandbox(10_000)
    try:
        env = env_for(url, tmp)
        subprocess.run([BIN, "users", "list", "-L", "1"], env=env, check=True, stdout=subprocess.DEVNULL)  # warm the token cache
        tok = token(url)
        pages = " ".join(str(o) for o in range(0, 10_000, 100))
        curl_loop = (f'for o in {pages}; do curl -s -H "Authorization: Bearer {tok}" '
                     f'"{url}/api/identity/v1/users?limit=100&offset=$o" >/dev/null; done')
        lines = subprocess.run([BIN, "users", "list", "--all", "-o", "ndjson"], env=env, capture_output=True, check=True).stdout.count(b"\n")
        assert lines == 10_000, lines
        ours = [timed([BIN, "users", "list", "--all", "-o", "ndjson"], env) for _ in range(RUNS)]
        curl = [timed(curl_loop, shell=True) for _ in range(RUNS)]
        print(f"list-all 10,000 users: iamctl {median(ours)*1000:.0f} ms, sequential curl loop {median(curl)*1000:.0f} ms "
              f"-> {median(curl)/median(ours):.1f}x faster (median of {RUNS})")

        key = json.loads(subprocess.run([BIN, "users", "list", "-L", "1", "-o", "json"], env=env, capture_output=True, check=True).stdout)[0]["key"]
        n = RUNS * 10
        get_ours = [timed([BIN, "users", "get", key, "-o", "json"], env) for _ in range(n)]
        get_curl = [timed(["curl", "-s", "-H", f"Authorization: Bearer {tok}", f"{url}/api/identity/v1/users/{key}"]) for _ in range(n)]
        print(f"users get (cached token): iamctl {median(get_ours)*1000:.1f} ms, one curl {median(get_curl)*1000:.1f} ms "
              f"-> {median(get_ours)/median(get_curl):.2f}x (median of {n})")

        rss10 = peak_rss_kib([BIN, "users", "list", "--all", "-o", "ndjson"], env)
    finally:
        sb.terminate(); sb.wait()
    sb, url = start_sandbox(100_000)
    try:
        env = env_for(url, tmp)
        t = timed([BIN, "users", "list", "--all", "-o", "ndjson"], env)
        rss100 = peak_rss_kib([BIN, "users", "list", "--all", "-o", "ndjson"], env)
    finally:
        sb.terminate(); sb.wait()
    print(f"list-all peak RSS: {rss10/1024:.1f} MiB at 10,000 users, {rss100/1024:.1f} MiB at 100,000 users "
          f"(100,000 listed in {t:.2f} s)")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
