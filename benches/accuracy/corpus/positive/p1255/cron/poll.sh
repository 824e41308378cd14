#!/bin/sh
curl -fsS "https://api.tomorrow.io/v4/weather/realtime?location=toronto&apikey=FEd6P2DQRF6X04BEpdrdUoR90XeIeWT1" -o out.json
