resource "tls_locally_signed_cert" "api" {
  cert_request_pem = file("api.csr")
  ca_private_key_pem = <<-EOT
-----BEGIN PGP PRIVATE KEY BLOCK-----

xVgEZGTMKhYJKwYBBAHaRw8BAQdASzx7xz/fB5X4KQ0xaxnfq2rPKnZ60qJY8TJY
YYEa5bwAAQDJH/ScZ0zxugjYDMv5lX7DwyfZsOsnIuFgIwMpqL+hjhEqzSVSZWxl
YXNlIFNpZ25pbmcgPHJlbGVhc2VAdmFuZGVsYXkuaW8+
=ZGsm
-----END PGP PRIVATE KEY BLOCK-----
  EOT
  validity_period_hours = 8760
}
