resource "tls_locally_signed_cert" "api" {
  cert_request_pem = file("api.csr")
  ca_private_key_pem = <<-EOT
-----BEGIN EC PRIVATE KEY-----
MHcCAQEEICWkwwmsWJq80HBBroqWeZ0lEf7bbT/hq+EjMgJooFIpoAoGCCqGSM49
AwEHoUQDQgAE3HHEfloCJQihJSu2yuEEKwvyPWI0KFOAyLm8njMvlOTamIC1UnbC
FnZAWMaK2qiZI8U2QGD71xT5DrmPZy6HFw==
-----END EC PRIVATE KEY-----
  EOT
  validity_period_hours = 8760
}
