import os

os.environ.setdefault("TMDB_API_KEY", "5c02eae4eb8764e449719371d3366390")
