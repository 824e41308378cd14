<?php

return [
    'dd_api_key' => 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
];
