#!/bin/sh
# Makes the portal's base image from Debian's own packages, without Docker or a registry: a minimal bookworm with a
# Java 17 runtime, packed as a `docker save` tarball that Jib reads as `tar://...`. Made once and kept in the cache
# given as $1 (the stack cache); a second run finds it and does nothing.
#   usage: make-base.sh CACHE_DIR [MIRROR]
set -eu
cache="$1"
mirror="${2:-http://deb.debian.org/debian}"
out="$cache/base-image/debian-bookworm-java17.tar"
if [ -s "$out" ]; then
    echo "base image already made: $out"
    exit 0
fi
work="$cache/base-image/work"
rm -rf "$work"
mkdir -p "$work/rootfs"
debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates bookworm "$work/rootfs" "$mirror"
# The portal's user (uid 185, as Quarkus images use) and a writable /tmp the deployment mounts as a volume.
chroot "$work/rootfs" /usr/sbin/groupadd --system --gid 185 portal
chroot "$work/rootfs" /usr/sbin/useradd --system --uid 185 --gid 185 --home-dir /deployments --shell /usr/sbin/nologin portal
mkdir -p "$work/rootfs/deployments"
chown 185:185 "$work/rootfs/deployments"
# Nothing the runtime needs: package lists, caches, documentation.
rm -rf "$work/rootfs/var/cache/apt/archives"/*.deb "$work/rootfs/var/lib/apt/lists"/* \
       "$work/rootfs/usr/share/doc" "$work/rootfs/usr/share/man" "$work/rootfs/usr/share/info"
mkdir -p "$work/image"
tar --numeric-owner --sort=name --mtime=@0 -C "$work/rootfs" -cf "$work/image/layer.tar" .
python3 "$(dirname "$0")/pack-base.py" "$work/image" "$out.partial"
mv "$out.partial" "$out"
rm -rf "$work"
echo "base image made: $out"
