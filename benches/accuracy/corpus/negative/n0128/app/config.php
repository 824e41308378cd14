<?php

return [
    'dd_api_key' => '{{ vault_api_key }}',
];
