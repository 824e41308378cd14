<?php

return [
    'easypost_test_api_key' => 'EZTK5cb8b6d5be6fde53e82fe4ebe0c7d66e5b3b22b4b2b248e45f5d7d',
];
