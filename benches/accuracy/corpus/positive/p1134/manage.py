import os

os.environ.setdefault("BYBIT_API_KEY", "teIYXrEDrVZ3Aw3g7d")
os.environ.setdefault("BYBIT_API_SECRET", "ZrtUl3ebyFNOH9X1rCN0pVvJlWk0SwYwYq6l")
