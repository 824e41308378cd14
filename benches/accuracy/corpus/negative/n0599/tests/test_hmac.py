import hmac, hashlib


def test_known_answer():
    key = bytes.fromhex("ea47c388de1944efd91465709d52212559e492ebc639f1612adb42dbb49784dc")
    expected = "57b1719c73d257e8e43fd0206a445d0e3d3227c42c2416d2b2ca394338e83ee5"
    assert hmac.new(key, b"message", hashlib.sha256).hexdigest() == expected
