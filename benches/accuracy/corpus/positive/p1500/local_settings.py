import os

os.environ.setdefault("XATA_API_KEY", "xau_yfGwRySPxTLblhgXA3Mb2TOJSvcwYZtVG8GB")
