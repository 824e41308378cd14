class AcmeCli < Formula
  url "https://downloads.acme.io/cli-2.1.0.tar.gz"
  sha256 "f75eff26b56deb25e689ee550253db0d89f4225af9c22136d229c7fbd7b2dc61"
end
