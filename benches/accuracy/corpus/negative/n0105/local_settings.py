import os

os.environ.setdefault("HF_TOKEN", "hf_EXAMPLERRDpWliSqm7OyurKUmIgC6x17qH")
