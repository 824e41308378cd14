import os

os.environ.setdefault("KNAPSACK_PRO_TEST_SUITE_TOKEN", "72b00930b8ab78358d325a08b4ab48c7")
