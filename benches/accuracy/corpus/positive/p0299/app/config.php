<?php

return [
    'fastly_api_token' => 'T3HdWLOBr2g_EbJv9suvEPt6JWpiqeG-',
];
