<?php

return [
    'harness_api_key' => 'pat.t4MVn1G5quh0nDiEAVvsHb.ff7dfa32ee88b8987885bbb9.IqaH9YlsZZHcUEp3vJY5',
];
