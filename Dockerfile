# zhidu in a small image (docs/install.md):
#
#   docker build -t zhidu .
#   docker run --rm -v "$PWD:/work" -w /work zhidu check data --as-of 2026-11-20
#
# The `build` stage compiles zhidu from this checkout; the final image holds the binary alone on
# a slim Debian. The `prebuilt` stage copies a binary already built on a host of the same
# distribution instead (tests/consumers/docker.sh: CI tests the image without a second build).
ARG RUST_IMAGE=rust:1.88-slim-bookworm
ARG RUNTIME_IMAGE=debian:bookworm-slim

FROM ${RUST_IMAGE} AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked --bin zhidu \
    && strip target/release/zhidu

FROM ${RUNTIME_IMAGE} AS prebuilt
ARG BINARY=target/release/zhidu
COPY ${BINARY} /usr/local/bin/zhidu
WORKDIR /work
ENTRYPOINT ["zhidu"]

FROM ${RUNTIME_IMAGE} AS runtime
COPY --from=build /src/target/release/zhidu /usr/local/bin/zhidu
WORKDIR /work
ENTRYPOINT ["zhidu"]
