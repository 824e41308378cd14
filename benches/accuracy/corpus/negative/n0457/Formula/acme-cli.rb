class AcmeCli < Formula
  url "https://downloads.acme.io/cli-2.1.0.tar.gz"
  sha256 "421138692a81493b9905255bebdb1de28dfa9d4aca51a323d2c4d9ee4915413c"
end
