resource "tls_locally_signed_cert" "api" {
  cert_request_pem = file("api.csr")
  ca_private_key_pem = <<-EOT
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACAzObvtGDdm/F3lXIVO9dObG94rPnWmgKB70uqy3cmCAAAAAJjiUmhh4lJo
YQAAAAtzc2gtZWQyNTUxOQAAACAzObvtGDdm/F3lXIVO9dObG94rPnWmgKB70uqy3cmCAA
AAAEC0MhudnGyX4GdObLVj2ui1BhUw89Uvs5zOVXHJPqg0bzM5u+0YN2b8XeVchU7105sb
3is+daaAoHvS6rLdyYIAAAAAEWFuYWx5dGljc0BiYXN0aW9uAQIDBA==
-----END OPENSSH PRIVATE KEY-----
  EOT
  validity_period_hours = 8760
}
