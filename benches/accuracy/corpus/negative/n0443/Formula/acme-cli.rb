class AcmeCli < Formula
  url "https://downloads.acme.io/cli-2.1.0.tar.gz"
  sha256 "196bb5fefe72eb528c403245386e1d6f8d255e557d179e65da6c5de43ca39280"
end
