import os

os.environ.setdefault("SEMAPHORE_API_TOKEN", "RK2mBJIaEkpPKR37Z7Pt")
