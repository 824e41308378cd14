import os

os.environ.setdefault("B2_APPLICATION_KEY_ID", "005c239f312c0000000001")
os.environ.setdefault("B2_APPLICATION_KEY", "K00MFTFWXlrv3_cvreTZstoPVYEDEfi")
