# Sourced by the bench scripts: build_base REV BINARY builds the retouche
# of git revision REV into BINARY, in a temporary worktree removed on exit,
# so that a script can time a base revision in the same run as this tree.
build_base() {
  local rev=$1 bin=$2
  base_tree=$(mktemp -d)
  trap 'git worktree remove --force "$base_tree"' EXIT
  git worktree add -q --detach "$base_tree" "$rev"
  (cd "$base_tree" && go build -o "$bin" ./cmd/retouche)
}
