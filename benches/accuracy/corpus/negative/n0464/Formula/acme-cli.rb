class AcmeCli < Formula
  url "https://downloads.acme.io/cli-2.1.0.tar.gz"
  sha256 "a891d63447d450e79c32de1a132b8ff9200cc2a6cb61f1c6effaa4035b8cbba3"
end
