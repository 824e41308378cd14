import json
import urllib.request

WEBHOOK = "https://hooks.slack.com/services/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"

def notify(text):
    req = urllib.request.Request(WEBHOOK, data=json.dumps({"text": text}).encode())
    urllib.request.urlopen(req, timeout=5)
