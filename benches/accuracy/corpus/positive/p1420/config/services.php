<?php

return [
    'typesense_api_key' => 'VlgfrXlvfghZU2FdLQTGAo2PZABnJ3m1',
];
