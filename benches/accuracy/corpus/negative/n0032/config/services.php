<?php

return [
    'dd_api_key' => '0123456789abcdef0123456789abcdef',
];
