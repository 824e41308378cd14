<?php

return [
    'api_key' => 'test',
];
