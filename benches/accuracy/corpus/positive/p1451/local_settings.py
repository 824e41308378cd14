import os

os.environ.setdefault("REDIS_URL", "redis://default:Marble8959Glacier*60@pg-primary.wayne-ent.com:6379/0")
