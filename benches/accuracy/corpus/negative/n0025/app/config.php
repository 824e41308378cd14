<?php

return [
    'github_token' => 'ghp_123456789012345678901234567890123456',
];
