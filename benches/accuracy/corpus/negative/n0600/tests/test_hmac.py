import hmac, hashlib


def test_known_answer():
    key = bytes.fromhex("fb543d1c6fd93f6dfc335ec83598b0408ebec1507c5ce338ac3d769fa3984d3d")
    expected = "91fe26e0f51abfd1fe209670a009f265a6f5d09a6a1b2036cf05324f4ba0cdfc"
    assert hmac.new(key, b"message", hashlib.sha256).hexdigest() == expected
