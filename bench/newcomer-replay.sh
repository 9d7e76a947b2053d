#!/usr/bin/env bash
# Replays, from a fresh clone of this checkout, each case of a newcomer's first hour (issue 13) and checks the
# documented outcome: exit code and the line that says it. Offline; needs git, java and mvn (python3 for the
# not-Kubernetes server). Prints one line per case and "replayed N cases, F failed"; exits 1 when any failed.
#   bench/newcomer-replay.sh [DIR]
set -uo pipefail
src="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-$(mktemp -d)}"
mkdir -p "$work"
clone="$work/steward"
rm -rf "$clone"
git clone -q "$src" "$clone" || { echo "cannot clone $src" >&2; exit 1; }
cd "$clone"
(cd agent && mvn -B -q -o package -DskipTests >/dev/null 2>&1) || mvn -B -q package -DskipTests >/dev/null || { echo "cannot build" >&2; exit 1; }
steward() { bin/steward "$@"; }
cases=0 failed=0
# expect NAME EXIT PATTERN -- command...: the command's exit code and a line of its stdout+stderr matching PATTERN (grep -E)
expect() {
  local name="$1" code="$2" pattern="$3"; shift 4
  local out rc
  out="$("$@" 2>&1)"; rc=$?
  cases=$((cases + 1))
  if [[ $rc -eq $code ]] && grep -qE -- "$pattern" <<<"$out"; then
    echo "ok    $name (exit $rc)"
  else
    failed=$((failed + 1))
    echo "FAIL  $name: exit $rc, wanted $code and /$pattern/"; sed 's/^/      /' <<<"$out" | head -8
  fi
}
cfg="$work/cases"; mkdir -p "$cfg"
head='apiVersion: steward.io/v1alpha1
kind: Config'

expect "quick start: plan of the demo" 0 '^  steward/chart/podinfo-major' -- steward plan --repo examples/gitops-repo --cluster examples/cluster-snapshot
expect "quick start: run --forge none on a bare copy" 0 'steward/rightsizing/apps' -- examples/demo-run.sh "$work/demo"
git clone -q "$work/demo/gitops.git" "$work/checkout"
expect "run --repo on a checkout whose origin is a plain path" 0 'Delivery' -- steward run --repo "$work/checkout" --forge none --config examples/demo-run.yaml
expect "run --repo with a scheme Steward cannot clone" 2 "is a URL Steward cannot clone" -- steward run --repo ftp://example.com/gitops.git --forge none
printf '%s\nhttp:\n  timeout: 5s\n  timeout: 6s\n' "$head" > "$cfg/twice.yaml"
expect "validate: a key written twice, at its second place" 2 "twice.yaml:5:3: key 'timeout' is written twice" -- steward validate --config "$cfg/twice.yaml"
printf '%s\nforge:\n  type: github\nmirrors:\n  - {prefix: https://charts.example.com, folder: ./nowhere}\nschedules:\n  - {name: n, cron: "61 * * * *"}\n' "$head" > "$cfg/all.yaml"
expect "validate: every error at once" 2 'all.yaml:8:[0-9]+: schedule n' -- steward validate --config "$cfg/all.yaml" --repo /nonexistent
expect "validate: ... including the forge, the mirror and --repo" 2 'mirror folder of https://charts.example.com' -- steward validate --config "$cfg/all.yaml" --repo /nonexistent
printf 'apiVersion: steward.io/v1alpha1\nkind: Config\nhttp:\n\ttimeout: 5s\n' > "$cfg/tab.yaml"
expect "a tab in YAML at its place, with the cause" 2 'tab.yaml:4:1: .*TAB' -- steward validate --config "$cfg/tab.yaml"
printf 'kind: Config\napiVersion: steward.io/v2\n' > "$cfg/version.yaml"
expect "a wrong apiVersion at its key, wherever it is" 2 'version.yaml:2:1: apiVersion must be' -- steward validate --config "$cfg/version.yaml"
expect "validate --reachable: the base branch of the repository" 0 'repository reachable: .*main at [0-9a-f]{7}' -- steward validate --reachable --repo "$work/checkout" --config examples/demo-run.yaml
expect "the table fits 80 columns and cuts no reason" 0 'add the host to http.allowedHosts, or configure a mirror for ghcr.io' \
    -- bash -c 'COLUMNS=80 bin/steward plan --repo examples/gitops-repo | tr -s " \n" " "'
expect "-o wide: one line per row" 0 'blocked: host .* configure a mirror for ghcr.io$' -- steward plan --repo examples/gitops-repo -o wide
expect "-o yaml" 0 '^schemaVersion: 1$' -- steward plan --repo examples/gitops-repo -o yaml
expect "-o html: one page" 0 'id="lag-chart"' -- steward plan --repo examples/gitops-repo --cluster examples/cluster-snapshot -o html
expect "--fail-on outdated gates CI" 4 'steward: --fail-on outdated: 4 declarations have updates' -- steward plan --repo examples/gitops-repo -o tsv --fail-on outdated,blocking
expect "-n narrows the cluster read" 0 '"namespace": "kube-system"' -- steward plan --repo examples/gitops-repo --cluster examples/cluster-snapshot -n kube-system -o json
mkdir -p "$work/out" && touch "$work/out/mine.txt"
expect "--out refuses a folder it does not own" 2 'already holds files Steward did not write' -- steward plan --repo examples/gitops-repo --out "$work/out"
expect "--out writes the patches, the bodies and the page" 0 'wrote|Proposals' -- steward plan --repo examples/gitops-repo --out "$work/out2"
expect "... and report.html is among them" 0 'report.html' -- ls "$work/out2"
expect "steward schema" 0 '"\$schema" : "https://json-schema.org/draft/2020-12/schema"' -- steward schema Config
printf 'apiVersion: v1\nkind: Config\ncurrent-context: x\nclusters:\n- name: c\n  cluster: {server: "https://127.0.0.1:1"}\ncontexts:\n- name: x\n  context: {cluster: prod, user: u}\nusers:\n- name: u\n  user: {token: t}\n' > "$cfg/kubeconfig"
expect "a kubeconfig that lacks a cluster, in words" 3 "has context 'x' naming cluster 'prod', which it does not define" -- steward snapshot --out "$work/snap" --kubeconfig "$cfg/kubeconfig"
expect "... and the same when KUBECONFIG names it" 3 "has context 'x' naming cluster 'prod'" -- env KUBECONFIG="$cfg/kubeconfig" bin/steward snapshot --out "$work/snap"
if command -v python3 >/dev/null; then
  port=$((20000 + RANDOM % 20000))
  (cd "$cfg" && exec python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) & server=$!
  sleep 1
  printf 'apiVersion: v1\nkind: Config\ncurrent-context: x\nclusters:\n- name: c\n  cluster: {server: "http://127.0.0.1:%s"}\ncontexts:\n- name: x\n  context: {cluster: c, user: u}\nusers:\n- name: u\n  user: {token: t}\n' "$port" > "$cfg/not-kubernetes"
  expect "snapshot of a server that is not Kubernetes" 3 'which no Kubernetes API server does' -- steward snapshot --out "$work/snap404" --kubeconfig "$cfg/not-kubernetes"
  kill "$server" 2>/dev/null
fi
printf '%s\nschedules:\n  - {name: every-second, cron: "* * * * * ?", command: plan}\noperations:\n  metricsBind: 127.0.0.1:0\n  unhealthyAfter: 2\n' "$head" > "$cfg/daemon.yaml"
daemon_log="$work/daemon.log"
bin/steward daemon --config "$cfg/daemon.yaml" --repo /nonexistent-repository >"$daemon_log" 2>&1 & daemon=$!
url=""; for _ in $(seq 1 40); do url="$(grep -oE 'http://[0-9.]+:[0-9]+/metrics' "$daemon_log" | head -1)"; [[ -n "$url" ]] && break; sleep 0.5; done
sleep 4
expect "the daemon's startup line names the metrics URL" 0 'metrics on http://127\.0\.0\.1:[0-9]+/metrics' -- cat "$daemon_log"
expect "/healthz fails after N failed runs in a row" 22 '503' -- curl -sS -f -o /dev/null -w '%{http_code}\n' "${url%/metrics}/healthz"
expect "metric labels are identifiers" 0 'steward_runs_total\{schedule="every-second",outcome="failed"\}' -- curl -sS "$url"
kill "$daemon" 2>/dev/null; wait "$daemon" 2>/dev/null
echo "replayed $cases cases, $failed failed"
[[ $failed -eq 0 ]]
