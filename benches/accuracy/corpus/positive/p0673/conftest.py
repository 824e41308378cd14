import os

os.environ.setdefault("TELEGRAM_BOT_TOKEN", "6787175835:AA0Qhtf8G0apHcUp1InvKTwq5t5TkDeQr-o")
