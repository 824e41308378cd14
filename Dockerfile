# tollgate as a container image: a static musl binary on an empty (scratch) base, run as a
# non-root user. Base images are pinned by digest (tollgate's own `unpinned-image` check);
# the build stage is the toolchain the release workflow uses.
#
#   docker build -t tollgate .
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/src" -w /src tollgate check --base origin/main

FROM rust:1.90.0-alpine3.21@sha256:3757b14ddcc2057eb91a074dcdd0913bed839b22444bd2229a49eea910ed8736 AS build
# musl-dev: headers for the bundled SQLite (C). ca-certificates (the roots the runtime
# stage needs for the OSV API over HTTPS) is part of the base image. Alpine's
# repositories drop a superseded package version, so an exact `=version` pin would break
# the build on the next security update; the image digest above is the pin.
# hadolint ignore=DL3018
RUN apk add --no-cache musl-dev ca-certificates
WORKDIR /build
COPY . .
RUN cargo build --release --locked --bin tollgate \
    && mkdir -p /rootfs/tmp /rootfs/home/tollgate /rootfs/etc/ssl/certs \
    && cp target/release/tollgate /rootfs/tollgate \
    && cp /etc/ssl/certs/ca-certificates.crt /rootfs/etc/ssl/certs/

# For CI systems that run a shell script inside the job's image (GitLab CI): the same
# binary on Alpine, which has `sh`.  docker build --target ci -t tollgate:ci .
FROM alpine:3.21@sha256:48b0309ca019d89d40f670aa1bc06e426dc0931948452e8491e3d65087abc07d AS ci
COPY --from=build /rootfs/tollgate /usr/local/bin/tollgate
USER 65532:65532
ENTRYPOINT ["tollgate"]

# The default image: nothing but the binary and the CA roots.
FROM scratch
COPY --from=build /rootfs/etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=build --chown=65532:65532 /rootfs/home/tollgate /home/tollgate
COPY --from=build --chmod=1777 /rootfs/tmp /tmp
COPY --from=build /rootfs/tollgate /usr/local/bin/tollgate
# No shell, no git: tollgate reads repositories with gix. The cache (advisory store,
# history cache) lives under HOME.
ENV PATH=/usr/local/bin HOME=/home/tollgate SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt
USER 65532:65532
WORKDIR /src
ENTRYPOINT ["tollgate"]
CMD ["--help"]
