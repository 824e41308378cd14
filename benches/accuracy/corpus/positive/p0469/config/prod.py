import os

DEBUG = False
ALLOWED_HOSTS = ["api.internal"]

JIRA_EMAIL = "etl_reader@hooli.io"
JIRA_API_TOKEN = 'ATATT3FzbaWMb-Kg72oVKUdT25JnEUmficlvfvUn5guZGVOQczXRZ-n2i6iDqYqeBf7M4rPm73rKbZlFWecvEdq-nTnWQFq46iqgTwAU7WEtdYzglFqMSqBx_rrKIAJHz8kkdXZMAprYUkl84QY5vd-E26mKKkIu2a__iQ5YEyGsx5JN5ZpjARZ=B73469A6'

TIME_ZONE = "UTC"
