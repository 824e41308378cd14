import hmac, hashlib


def test_known_answer():
    key = bytes.fromhex("97616973e196b80c0707db505b6f7d4cfabe383f244cbb7120c58cfaf868313a")
    expected = "5d0fdd5d5ae9319c1f7b97a9bef54ca941a04b68686108c00641a241de64d220"
    assert hmac.new(key, b"message", hashlib.sha256).hexdigest() == expected
