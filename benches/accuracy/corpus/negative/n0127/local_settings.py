import os

os.environ.setdefault("SLACK_BOT_TOKEN", "xoxb-{{ .Values.secrets.apiKey }}")
