<?php

return [
    'stream_api_key' => '0a5kr9i7t0mk',
    'stream_api_secret' => 'dolua8c3ec26xrzqjoxabpdlcvnn1l97p97j80f3gcc8gyd8rxlqhdcv4o728ss7',
];
