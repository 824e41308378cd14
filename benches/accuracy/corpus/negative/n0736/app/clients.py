import logging

log = logging.getLogger(__name__)


def make_jwt_client():
    return JwtClient(
        id_token="eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpc3MiOiJodHRwczovL2F1dGgud2F5bmUtZW50LmNsb3VkLyIsInN1YiI6ImU5Mjk4MjhjLTM0YzgtNGYxNy1iMTVlLTU0ZDczOGJhMGZiNyIsImF1ZCI6ImludGVybmFsIiwiaWF0IjoxNzM5MDg2MzI0LCJleHAiOjE3NzA2MjIzMjQsInNjb3BlIjoiYWRtaW4ifQ.",
        timeout=30,
    )
