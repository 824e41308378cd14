#!/bin/sh
kubeadm join 10.20.0.10:6443 --token 7xq2mf.b8w0n4k9c3d1z6vp \
  --discovery-token-ca-cert-hash sha256:5f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0
