#!/usr/bin/env bash
# The demo's `steward run`, offline: examples/gitops-repo committed into a bare repository in a temporary folder
# (or DIR), then `steward run --forge none` against it with the demo's cluster snapshot. Steward clones the bare
# repository, commits each proposal on its own branch and pushes the branches; no pull request is opened. The
# branches are listed at the end; inspect them with `git -C DIR/gitops.git log --stat steward/...`.
#   examples/demo-run.sh [DIR]
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:-$(mktemp -d)}"
mkdir -p "$dir"
rm -rf "$dir/gitops.git" "$dir/seed"
git init -q --bare -b main "$dir/gitops.git"
cp -R "$top/examples/gitops-repo" "$dir/seed"
git -C "$dir/seed" init -q -b main
git -C "$dir/seed" add -A
git -C "$dir/seed" -c user.name=demo -c user.email=demo@example.com commit -q -m "The demo GitOps repository"
git -C "$dir/seed" push -q "$dir/gitops.git" main
rm -rf "$dir/seed"
"$top/bin/steward" run --repo "$dir/gitops.git" --forge none --config "$top/examples/demo-run.yaml" \
    --cluster "$top/examples/cluster-snapshot"
echo
echo "branches pushed to $dir/gitops.git:"
git -C "$dir/gitops.git" branch --list 'steward/*' | sed 's/^/  /'
