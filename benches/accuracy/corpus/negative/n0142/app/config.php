<?php

return [
    'github_token' => '${env:API_KEY}',
];
