import os

os.environ.setdefault("TWITTER_API_KEY", "H4hdn4jSoxfKViNuhchhH66uu")
os.environ.setdefault("TWITTER_API_SECRET", "hpjNJTXMjCbdPaipnvyQLLEQR2crqeGA4ht1igGmokKKHm8c5w")
