import requests

HEADERS = {
    "Accept": "application/json",
    "Authorization": "key=AAAAP1Dx_W0:APA91bkesWZ9-CSMePhAE7uJfkXOP9GQFdmxVY04ny0aG4N9wR8ngno940R1GBKJ9-440-2V_ZZ4gt-3MtqV_8RsJV6EXd7npMynAtHvr7YQw1wXZwSlxSC-s6KsLjOvReQHlV2lauHV",
}


def fetch(path):
    return requests.get("https://api.firebase.com/v1/" + path, headers=HEADERS, timeout=10).json()
