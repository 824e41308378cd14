import os

os.environ.setdefault("PLIVO_AUTH_ID", "MAGT5HUPMMMNTGWDRUZM")
os.environ.setdefault("PLIVO_AUTH_TOKEN", "dp6fCRicWui4ogZ7ng2tZrQX2lZkzDBhpW9iXxSf")
