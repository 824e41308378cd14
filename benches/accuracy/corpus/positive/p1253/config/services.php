<?php

return [
    'weatherbit_api_key' => 'e8359318a411d5b4bec45cbd4b2c1347',
];
