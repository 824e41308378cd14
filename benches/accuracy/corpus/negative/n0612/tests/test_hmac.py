import hmac, hashlib


def test_known_answer():
    key = bytes.fromhex("61fef7739f9267ffde61cf139945e1b0303d96e6c9cbac3a19b901b98fffa5d0")
    expected = "ae692d52b571571ccd769384682e3e78493ff33c2c509debe192a6376bab7394"
    assert hmac.new(key, b"message", hashlib.sha256).hexdigest() == expected
