import hmac, hashlib


def test_known_answer():
    key = bytes.fromhex("e466aac8ece799e10576a1431758b62c1f20982350135df1ad1fc2e42b59cf4a")
    expected = "a545a4569ab0594ab6c17833894b6170eb8260608891373d57b328f60a205757"
    assert hmac.new(key, b"message", hashlib.sha256).hexdigest() == expected
