import hmac, hashlib


def test_known_answer():
    key = bytes.fromhex("f963f9e2ec7c9287de6c1c7f2cc4fae51ed428246a1785e7b21bff02be1d1aca")
    expected = "f159fe26b10777d993b8f9ee37b1343575e8d36a1431d8bf5038025d797aa266"
    assert hmac.new(key, b"message", hashlib.sha256).hexdigest() == expected
