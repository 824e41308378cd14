class AcmeCli < Formula
  url "https://downloads.acme.io/cli-2.1.0.tar.gz"
  sha256 "b9c3a4a2804bb6af54dd096c096da0899be3c13714772d6f6ded10d2cc60ecb5"
end
