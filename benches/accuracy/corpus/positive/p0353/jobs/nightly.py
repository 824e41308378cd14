import logging

log = logging.getLogger(__name__)


def make_hashicorp_vault_client():
    return HashicorpVaultClient(
        token="hvb.sPQC_QtN47GuzQqlC07vGZvuiJXmin4GhiNwTUdKPYEhwX8J1l55BP3Y15jyvc8uP_7by-DuB64COxA1iT3Q5GKmRDAOcyAR4dmGH2u6RhO425Yn6nuv_0D4AsdLY1LDC9IUR5_N9r",
        timeout=30,
    )
