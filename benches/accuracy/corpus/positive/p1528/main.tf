resource "tls_locally_signed_cert" "api" {
  cert_request_pem = file("api.csr")
  ca_private_key_pem = <<-EOT
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACAu1yOdBfU8MrDaJyvvldBO4KuPfZePriPqq9oJzOPgUQAAAJgcm2DdHJtg
3QAAAAtzc2gtZWQyNTUxOQAAACAu1yOdBfU8MrDaJyvvldBO4KuPfZePriPqq9oJzOPgUQ
AAAEABPJq6VA71WZK6c9BBL/uIRlbzHwI0zJOTJcmIYdlxOy7XI50F9TwysNonK++V0E7g
q499l4+uI+qr2gnM4+BRAAAAEGNpX3J1bm5lckBsYXB0b3ABAgMEBQ==
-----END OPENSSH PRIVATE KEY-----
  EOT
  validity_period_hours = 8760
}
