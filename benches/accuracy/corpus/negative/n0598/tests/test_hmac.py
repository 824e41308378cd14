import hmac, hashlib


def test_known_answer():
    key = bytes.fromhex("609a8058f04f57b9aee699b5672b6b7ecb5636533c06dcc9d6a140204a971b95")
    expected = "3ccd92d45ca136eb77c225f5c4c1ea694684a356c1d65ec3a7d940deffb62b0f"
    assert hmac.new(key, b"message", hashlib.sha256).hexdigest() == expected
