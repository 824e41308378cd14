import os

os.environ.setdefault("STRIPE_WEBHOOK_SECRET", "whsec_psqU3tXVPwIgBOIXO2FdrbUqhuWRNTpb")
