import os

os.environ.setdefault("GITLAB_TOKEN", "glpat-zov-gCo3EbtPiyNA6tTa")
