#!/usr/bin/env bash
# Prepares a Debian-like machine for netsysctl: a running Docker engine and the local images that
# the tests and the shipped suites use. Safe to run again: every step checks before it acts.
# Needs root. Usage: prepare-host.sh [--with-browser]
#   --with-browser          also install Debian's chromium, which the project's own report test needs
# Environment:
#   NETSYSCTL_DOCKERD_LOG   engine log when this script starts dockerd (default /var/log/netsysctl-dockerd.log)
#   NETSYSCTL_ENGINE_WAIT   seconds to wait for the engine to respond (default 60)
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
with_browser=false
for arg in "$@"; do
  case "$arg" in
    --with-browser) with_browser=true ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) printf 'prepare: error: unknown option %s; usage: %s [--with-browser]\n' "$arg" "$0" >&2; exit 2 ;;
  esac
done
dockerd_log=${NETSYSCTL_DOCKERD_LOG:-/var/log/netsysctl-dockerd.log}
engine_wait=${NETSYSCTL_ENGINE_WAIT:-60}

say() { printf 'prepare: %s\n' "$*"; }
fail() { printf 'prepare: error: %s\n' "$*" >&2; exit 1; }

engine_answers() { command -v docker >/dev/null 2>&1 && timeout 10 docker info >/dev/null 2>&1; }

install_packages() {
  local missing=()
  command -v dockerd >/dev/null 2>&1 || missing+=(docker.io)
  [ -x /bin/busybox ] && /bin/busybox --list 2>/dev/null | grep -qx sysctl || missing+=(busybox-static)
  command -v gcc >/dev/null 2>&1 || missing+=(gcc libc6-dev)
  if [ ${#missing[@]} -eq 0 ]; then
    say "packages present: docker.io, busybox-static, gcc (skipped install)"
    return
  fi
  [ "$(id -u)" -eq 0 ] || fail "missing packages ${missing[*]}; run this script as root (sudo $0) to install them"
  command -v apt-get >/dev/null 2>&1 \
    || fail "missing packages ${missing[*]} and no apt-get here; install a Docker engine, a static BusyBox and gcc by hand"
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # With recommends, as the packages are meant to be installed: docker.io recommends apparmor, which the
  # engine needs on kernels with AppArmor enabled.
  apt-get install -y -qq "${missing[@]}" >/dev/null
}

start_engine() {
  if engine_answers; then
    say "Docker engine answers (skipped start): $(docker version --format '{{.Server.Version}} API {{.Server.APIVersion}}')"
    return
  fi
  [ "$(id -u)" -eq 0 ] || fail "no Docker engine answers and starting one needs root; run sudo $0 or start dockerd"
  if pgrep -x dockerd >/dev/null; then
    say "dockerd runs but does not answer yet; waiting"
  else
    say "starting dockerd in the background (log: $dockerd_log)"
    mkdir -p "$(dirname "$dockerd_log")"
    setsid nohup dockerd >"$dockerd_log" 2>&1 </dev/null &
  fi
  local waited=0
  until engine_answers; do
    if [ "$waited" -ge "$engine_wait" ]; then
      printf 'prepare: error: the Docker engine did not answer within %ss. Last lines of %s:\n' \
        "$engine_wait" "$dockerd_log" >&2
      tail -n 20 "$dockerd_log" >&2 || true
      exit 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
  say "Docker engine started in ${waited}s: $(docker version --format '{{.Server.Version}} API {{.Server.APIVersion}}')"
}

# Builds IMAGE from the folder CONTEXT unless an image with the same content label exists already.
build_image() {
  local image=$1 context=$2
  local digest
  digest=$(cd "$context" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
  if [ "$(docker image inspect --format '{{index .Config.Labels "io.netsysctl.source"}}' "$image" 2>/dev/null)" = "$digest" ]; then
    say "image $image is up to date (skipped build)"
    return
  fi
  say "building image $image"
  local output
  if ! output=$(DOCKER_BUILDKIT=0 docker build --quiet --label "io.netsysctl.source=$digest" -t "$image" "$context" 2>&1); then
    printf '%s\n' "$output" >&2
    fail "building $image failed (output above)"
  fi
}

build_images() {
  local work
  work=$(mktemp -d)
  trap 'rm -rf "$work"' RETURN

  mkdir -p "$work/busybox"
  cp /bin/busybox "$work/busybox/busybox"
  cp "$here/images/busybox/Dockerfile" "$work/busybox/Dockerfile"
  build_image netsysctl/busybox:local "$work/busybox"

  mkdir -p "$work/noshell"
  gcc -static -Os -s -o "$work/noshell/idle" "$here/images/noshell/idle.c"
  cp "$here/images/noshell/Dockerfile" "$work/noshell/Dockerfile"
  build_image netsysctl/noshell:local "$work/noshell"
}

# Installs Debian's chromium, which the report test uses to open the Allure HTML report headless.
install_chromium() {
  if command -v chromium >/dev/null 2>&1; then
    say "chromium present (skipped install): $(chromium --version 2>/dev/null || echo 'version unknown')"
    return
  fi
  [ "$(id -u)" -eq 0 ] || fail "chromium is missing; run this script as root (sudo $0) to install it"
  command -v apt-get >/dev/null 2>&1 \
    || fail "chromium is missing and there is no apt-get here; install a Chromium browser by hand"
  say "installing chromium"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
}

install_packages
if [ "$with_browser" = true ]; then
  install_chromium
else
  say "chromium not checked (pass --with-browser for the project's own tests)"
fi
start_engine
build_images
say "ready"
