import hmac, hashlib


def test_known_answer():
    key = bytes.fromhex("aca804d09983a6475ec6d21996649db0dda2766208764d5e02e4db060a7b9b7c")
    expected = "f4e39499a90904ced901032b17d9ac5ba1006f93fb8290d624f1cff554428a73"
    assert hmac.new(key, b"message", hashlib.sha256).hexdigest() == expected
