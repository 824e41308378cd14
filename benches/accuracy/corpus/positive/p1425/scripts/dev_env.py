import os

os.environ.setdefault("DATABASE_URL", "postgres://analytics:yYPeKXEUOitcfdTpUI6K@pg-primary.wonka.dev:5432/orders")
