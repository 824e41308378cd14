import os

os.environ.setdefault("ARTIFACTORY_API_KEY", "AKCpjABeqJZ4JAywkj42P2ftFhbzhAkMvzkzWD4CfHZNiXVuHLqzOBrDiVsxzdcvKYDDWX5bQ")
