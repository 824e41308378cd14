import hmac, hashlib


def test_known_answer():
    key = bytes.fromhex("a78ba7221d19954af63653baf0fd600eaf7bd96ac952a6e44deb7bd3ab8935f0")
    expected = "dcfa8b0dba6ee18fd4b808565752eb81626f974564e7de5b944a9978675075e4"
    assert hmac.new(key, b"message", hashlib.sha256).hexdigest() == expected
