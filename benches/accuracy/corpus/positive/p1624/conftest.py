import os

os.environ.setdefault("DB_PASSWORD", "fc4i8ADOul.D925h")
