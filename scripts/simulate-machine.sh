#!/usr/bin/env bash
# Simulates a machine kind that reaches npm but not PyPI, crates.io, the Go module proxy or Maven Central
# (the dotnet, php and ruby kinds): each of those clients is pointed at a closed local port, with empty
# caches (a fresh HOME), and the harness runs as usual. It must run and pass the JavaScript starters and
# list the others as not run here, naming the registry.
#   scripts/simulate-machine.sh                       every starter, both databases (what .ci/run would do there)
#   scripts/simulate-machine.sh node django --database sqlite   harness arguments, as for npm run test:starters
#   scripts/simulate-machine.sh --ci                   all of CI (.ci/run) on a clean clone of HEAD, as that kind's CI runs it
set -euo pipefail
cd "$(dirname "$0")/.."
closed="http://127.0.0.1:9" # the discard port: nothing listens there
sim="$(mktemp -d /tmp/cab-simulated-XXXXXX)"
trap 'rm -rf "$sim"' EXIT
real_home="$HOME"
mkdir -p "$sim/home/.m2" "$sim/home/.cargo" "$sim/home/.config/pip"
cat > "$sim/home/.m2/settings.xml" <<XML
<settings><mirrors><mirror><id>closed</id><mirrorOf>*</mirrorOf><url>$closed/maven2</url></mirror></mirrors></settings>
XML
cat > "$sim/home/.cargo/config.toml" <<TOML
[source.crates-io]
replace-with = "closed"
[source.closed]
registry = "sparse+$closed/crates/"
[net]
retry = 0
TOML
export HOME="$sim/home"
export XDG_CACHE_HOME="$sim/home/.cache"
# The toolchains stay where they are installed; only their registries and caches move.
export RUSTUP_HOME="${RUSTUP_HOME:-$real_home/.rustup}"
export CARGO_HOME="$sim/home/.cargo"
export PATH="$PATH:$real_home/.cargo/bin"
export PIP_INDEX_URL="$closed/simple" PIP_NO_CACHE_DIR=1 PIP_DEFAULT_TIMEOUT=5
# Java reads user.home from the password file, not $HOME: Maven finds the settings above only so.
export MAVEN_OPTS="${MAVEN_OPTS:-} -Duser.home=$HOME"
export GOPROXY="$closed" GOSUMDB=off GOTOOLCHAIN=local GOPATH="$sim/home/go" GOMODCACHE="$sim/home/go/pkg/mod" GOFLAGS=-mod=mod
# npm stays reachable (every kind has it); its cache is the real one, so this costs no extra downloads. Its
# user config (~/.npmrc) stays behind with the rest of HOME: .ci/run must not need it.
export npm_config_cache="${npm_config_cache:-$real_home/.npm}"
export HADOLINT="${HADOLINT:-$real_home/.cache/create-any-backend/tools/bin/hadolint}"
[ -x "$HADOLINT" ] || unset HADOLINT
echo "== simulated machine: PyPI, crates.io, the Go proxy and Maven Central at $closed; HOME=$HOME"
if [ "${1:-}" = "--ci" ]; then
  git clone -q --no-hardlinks "$PWD" "$sim/clone"
  cd "$sim/clone"
  bash .ci/run
  exit
fi
npm run -s build
exec npx tsx tests/harness/run.ts "$@"
