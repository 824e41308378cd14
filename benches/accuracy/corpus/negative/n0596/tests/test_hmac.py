import hmac, hashlib


def test_known_answer():
    key = bytes.fromhex("961c281f97e3fe77ede096133183a9ea08badeaac5e4039f6ed457afba6bebae")
    expected = "22f6dfb5036400327700078e6c5e15a3ef9951f58a848711b1eceb259d9b962d"
    assert hmac.new(key, b"message", hashlib.sha256).hexdigest() == expected
