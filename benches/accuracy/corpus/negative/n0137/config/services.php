<?php

return [
    'aws_access_key_id' => '[[ .Env.API_TOKEN ]]',
];
