<?php

return [
    'elevenlabs_api_key' => 'sk_9378e1de55790d6c1538104bdcc74dff4c8220da1148f052',
];
