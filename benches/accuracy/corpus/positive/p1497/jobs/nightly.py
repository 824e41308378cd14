import logging

log = logging.getLogger(__name__)


def make_turso_client():
    return TursoClient(
        auth_token="eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.eyJhIjoicnciLCJpYXQiOjE3MDMyMzI3NTIsImlkIjoiNGE2Yzc3NDEtZWE4NC00NjM2LTlhY2ItMzUwNTU0Y2RmOTM4In0.azmdeMZgUcdduYXwNun8KWSiJUAV9K4EWb-Tcaof_Smq8Y3hIrszHXc9wSWoA7nbkug96sTE5Lg-d_tRJxK6mQ",
        timeout=30,
    )
