import os

os.environ.setdefault("SHORTCUT_API_TOKEN", "f8f64727-d2df-4af6-8bae-d0295b50eb63")
