# Rehearse the job against iamctl's sandbox (a local emulator), same commands
iamctl sandbox --seed-users 20 > sandbox-url &
sandbox_pid=$!
trap 'kill "$sandbox_pid"' EXIT
for _ in $(seq 50); do [ -s sandbox-url ] && break; sleep 0.2; done
IAMCTL_PORTAL=$(head -n 1 sandbox-url)
export IAMCTL_KIND=odc IAMCTL_PORTAL IAMCTL_CLIENT_ID=sandbox-client IAMCTL_CLIENT_SECRET=sandbox-secret
iamctl apply -f users.yaml --yes
iamctl apply -f users.yaml --dry-run --detailed-exitcode   # 0: nothing left to do
