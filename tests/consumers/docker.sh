#!/usr/bin/env bash
# The Dockerfile as users get it: its image runs the README's check. The image is made from the
# binary this CI run already built (the Dockerfile's `prebuilt` stage, on the host's own
# distribution so that the binary's C library is there), not by a second full build; set
# ZHIDU_DOCKER_FULL=1 to build the `runtime` stage from source as well.
#
#   tests/consumers/docker.sh       # from anywhere; .ci/run calls it
#
# Skips, saying why, where docker, its daemon or the base image cannot be had.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
skip() {
  echo "docker: skipped ($*)"
  exit 0
}
command -v docker >/dev/null 2>&1 || skip "docker is not installed"
docker info >/dev/null 2>&1 || skip "the docker daemon is not reachable"
# shellcheck disable=SC1091
. /etc/os-release
case "${ID:-}" in
  debian) runtime="debian:${VERSION_CODENAME}-slim" ;;
  ubuntu) runtime="ubuntu:${VERSION_ID}" ;;
  *) skip "the host is ${ID:-unknown}: a binary built here needs a Debian or Ubuntu image of the same release" ;;
esac
timeout 300 docker pull -q "$runtime" >/dev/null 2>&1 || skip "cannot pull $runtime"
binary=target/debug/zhidu
[ -x "$binary" ] || cargo build --locked --bin zhidu
tag="zhidu-consumer-$$"
trap 'docker rmi -f "$tag" >/dev/null 2>&1 || true' EXIT
docker build -q --target prebuilt --build-arg RUNTIME_IMAGE="$runtime" \
  --build-arg BINARY="$binary" -t "$tag" . >/dev/null

# The README's check, in the container, on the example mounted read-only.
set +e
in_image="$(docker run --rm -v "$root/fixtures/example:/work/example:ro" "$tag" \
  check example --as-of 2026-11-20 --format json)"
status=$?
set -e
on_host="$(cd fixtures && "$root/$binary" check example --as-of 2026-11-20 --format json || true)"
[ "$status" = 1 ] || { echo "docker: expected exit 1 (findings), got $status"; exit 1; }
if [ "$in_image" != "$on_host" ]; then
  echo "docker: the image's report differs from the host's"
  diff <(echo "$on_host") <(echo "$in_image") | head -40
  exit 1
fi
# A small image: the binary on a slim base.
size=$(docker image inspect -f '{{.Size}}' "$tag")
[ "$size" -lt 300000000 ] || { echo "docker: image is $size bytes"; exit 1; }
if [ "${ZHIDU_DOCKER_FULL:-}" = 1 ]; then
  docker build -q --target runtime -t "$tag-full" . >/dev/null
  docker run --rm "$tag-full" --version
  docker rmi -f "$tag-full" >/dev/null
fi
echo "docker: ok (the image runs the README's check; $((size / 1000000)) MB)"
