import logging

log = logging.getLogger(__name__)


def make_supabase_client():
    return SupabaseClient(
        secret_key="sb_secret_DGQVzqKlkKQW2SoNiBu1cUQpWLz0vIe",
        timeout=30,
    )
