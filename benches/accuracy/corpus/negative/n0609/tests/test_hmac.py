import hmac, hashlib


def test_known_answer():
    key = bytes.fromhex("1c517ccac49406bb24420c78972d66a13d8279cd124ef572dd86a89b99452bea")
    expected = "b8403bc6cd69f4df97a37db280f01f33306bb33fec6d18ed06590963751f0a7d"
    assert hmac.new(key, b"message", hashlib.sha256).hexdigest() == expected
