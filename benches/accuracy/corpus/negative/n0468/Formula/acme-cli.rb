class AcmeCli < Formula
  url "https://downloads.acme.io/cli-2.1.0.tar.gz"
  sha256 "7a02bb971c9aa13b85b6d0a5b8ba37fb6b854281e421b31718f21b5afc603b9e"
end
