<?php

return [
    'aws_secret_access_key' => '@api.key@',
];
