import hmac, hashlib


def test_known_answer():
    key = bytes.fromhex("5d8af411af4b037eb1df07ac00cfc7f11f3e4b575c364938c47c82b5688ecc3b")
    expected = "1216bc34296f7a72fd829b52c691daa2afd31e4e04505809d39230b495c57cb7"
    assert hmac.new(key, b"message", hashlib.sha256).hexdigest() == expected
