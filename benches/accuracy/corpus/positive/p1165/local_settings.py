import os

os.environ.setdefault("HONEYCOMB_API_KEY", "hcaik_01tr49f3e4snrbl6306qmllzzg7gbd1975bvk9g8r4uucipw287r8kn65q")
