# Drift: does the tenant still match users.yaml? (apply exits 0: yes, 10: no)
status=0
iamctl apply -f users.yaml --dry-run --detailed-exitcode > drift.txt || status=$?
if [ "$status" -eq 10 ]; then
  echo "drift: the tenant no longer matches users.yaml" >&2
  cat drift.txt
  exit 1
fi
exit "$status"
