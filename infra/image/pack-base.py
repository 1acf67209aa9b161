#!/usr/bin/env python3
"""Packs one root filesystem layer as a `docker save` tarball (manifest.json, the image config, the layer), the
format Jib reads a base image from (`tar://...`). usage: pack-base.py DIR_WITH_layer.tar OUTPUT.tar"""
import hashlib
import json
import os
import sys
import tarfile

work, output = sys.argv[1], sys.argv[2]
layer = os.path.join(work, "layer.tar")
digest = hashlib.sha256()
with open(layer, "rb") as f:
    for chunk in iter(lambda: f.read(1 << 20), b""):
        digest.update(chunk)
diff_id = "sha256:" + digest.hexdigest()
config = {
    "architecture": "amd64",
    "os": "linux",
    "created": "1970-01-01T00:00:00Z",
    "config": {
        "User": "185",
        "Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                "JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64", "LANG=C.UTF-8"],
        "WorkingDir": "/deployments",
    },
    "rootfs": {"type": "layers", "diff_ids": [diff_id]},
    "history": [{"created": "1970-01-01T00:00:00Z",
                 "created_by": "debootstrap bookworm minbase + openjdk-17-jre-headless"}],
}
config_bytes = json.dumps(config, sort_keys=True).encode()
config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
with open(os.path.join(work, config_name), "wb") as f:
    f.write(config_bytes)
manifest = [{"Config": config_name, "RepoTags": ["cctv-portal-base:bookworm-java17"],
             "Layers": ["layer.tar"]}]
with open(os.path.join(work, "manifest.json"), "w") as f:
    json.dump(manifest, f)
with tarfile.open(output, "w") as tar:
    for name in ("manifest.json", config_name, "layer.tar"):
        tar.add(os.path.join(work, name), arcname=name)
