class AcmeCli < Formula
  url "https://downloads.acme.io/cli-2.1.0.tar.gz"
  sha256 "7667de0e65a1354e25fd15d04629a4b9a1b9c2cb95639ba465c9c63df5746f37"
end
