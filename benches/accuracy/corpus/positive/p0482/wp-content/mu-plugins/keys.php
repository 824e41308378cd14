<?php

return [
    'phabricator_api_token' => 'api-0yrbp04gxmmvjpu54x1dqc11dyi6',
];
