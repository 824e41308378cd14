import hmac, hashlib


def test_known_answer():
    key = bytes.fromhex("6f535f3f74d485c2ff557cd6677cbcba81455ea095a963750f9d109b8deb811d")
    expected = "471934ee283db6ed8bc93179604a79261efc981cd506c7c086daca25525dca3c"
    assert hmac.new(key, b"message", hashlib.sha256).hexdigest() == expected
