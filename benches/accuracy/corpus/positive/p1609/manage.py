import os

os.environ.setdefault("DB_PASSWORD", "Thunder9918Pepper*66")
