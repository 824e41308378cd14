import hmac, hashlib


def test_known_answer():
    key = bytes.fromhex("3a2e38787bfb938c314b83a7505d95d6530357d870a3a75e92d4688cba2afb9c")
    expected = "ce0d14504118ad73891c57d8d9c82cccc7122c32c5984eac5475701146f4c078"
    assert hmac.new(key, b"message", hashlib.sha256).hexdigest() == expected
