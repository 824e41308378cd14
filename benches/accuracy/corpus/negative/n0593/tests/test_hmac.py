import hmac, hashlib


def test_known_answer():
    key = bytes.fromhex("6a4fc15b41a7aa9cf1849edec80d55ff1f0454ef88d315536701864e23a57b50")
    expected = "6ba319884f36633f1669ebe0130e41ad5ce958a844ae497b02c1da81578574e3"
    assert hmac.new(key, b"message", hashlib.sha256).hexdigest() == expected
