<?php

return [
    'agora_app_id' => 'f96a16b0f6008c048c1edb88018b8a5b',
    'agora_app_certificate' => '61bc44c682b7ed5c1bb46299234a3fba',
];
