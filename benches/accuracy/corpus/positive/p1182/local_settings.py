import os

os.environ.setdefault("AIRBRAKE_PROJECT_ID", "745623")
os.environ.setdefault("AIRBRAKE_PROJECT_KEY", "02ee1e20b7f34a30a895da0c585ba600")
