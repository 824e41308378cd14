import logging

log = logging.getLogger(__name__)


def make_binance_client():
    return BinanceClient(
        binance_api_key="0HwnLvJORZHTWNfKB1GmtDG0BoHFA9YHnYeip3CSpOzyTh1AbY5LEKgGIIt2T4dZ",
        api_secret="JxQf7Ewvi3EbtbnCYXvI7YQCr6n4ICFhLiJ91srcY4SYtwJ4igzfpgOKcxnMw0Mu",
        timeout=30,
    )
