class AcmeCli < Formula
  url "https://downloads.acme.io/cli-2.1.0.tar.gz"
  sha256 "b811b4b46dc663c284e34c9e3e66008226deb4ee0b9e33af7ed1133911b7fc5f"
end
