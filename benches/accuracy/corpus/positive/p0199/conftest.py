import os

os.environ.setdefault("AZURE_CLIENT_ID", "3c0237e5-c1d6-4822-9ccf-e12c40202352")
os.environ.setdefault("AZURE_CLIENT_SECRET", "MJp4Q~ibEKEZL4FLRmXYX4rVCOkyusdd567BBuu6")
