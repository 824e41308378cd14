class AcmeCli < Formula
  url "https://downloads.acme.io/cli-2.1.0.tar.gz"
  sha256 "9c9c89bb645580dc56a1f28badd27e53cee88dfabd42b6e9382a253bd161383b"
end
