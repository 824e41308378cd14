#!/bin/sh
curl -fsS "https://api.positionstack.com/v1/forward?access_key=99fcd0179df654aecbda03a8fb7304b9&query=Berlin" -o out.json
