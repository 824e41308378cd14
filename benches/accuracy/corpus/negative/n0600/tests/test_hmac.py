import hmac, hashlib


def test_known_answer():
    key = bytes.fromhex("9922df97f7ac15381fde2f9d5f92daa48cd356aa0027030640eb985ed531d011")
    expected = "db3e4375d740091e3d17aa2aaf213aeed7aa278174f9f0af429f8a6cbcd94c02"
    assert hmac.new(key, b"message", hashlib.sha256).hexdigest() == expected
