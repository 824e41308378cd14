import logging

log = logging.getLogger(__name__)


def make_meta_client():
    return MetaClient(
        facebook_access_token="EAAFfEQzGZNwUc9EHk1ZySVjyZ6zLkNMUpePZHGXnUo8Tqd14f4D7K3zSjfWEWg3tMKVhcDSW8lUT9gtcLsLXd4DIpGaFawGtYbGusGa6vUHijFokVnIvY5D7Qfwx6quiRWJ2ZZUrCh7d0GDElSuCTn3MOKnRa5EA02EHZ60p95GfumJ7i5CK5F",
        timeout=30,
    )
