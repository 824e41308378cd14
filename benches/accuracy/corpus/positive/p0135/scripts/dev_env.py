import os

os.environ.setdefault("SPEECHMATICS_API_KEY", "zPGgWXd1lGjZfBcUzZhLn0suZLr3C596")
