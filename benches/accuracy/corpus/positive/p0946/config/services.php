<?php

return [
    'contentstack_api_key' => 'blt40bb38fa77d0b631',
    'contentstack_management_token' => 'cs174bbe69e225a6e62e623a7b848e6331',
];
