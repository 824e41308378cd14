class AcmeCli < Formula
  url "https://downloads.acme.io/cli-2.1.0.tar.gz"
  sha256 "b78ec65c297ffd59ec6649d81f0c3ef0572f8db9ea3ad880c92190ba46b25d1c"
end
