<?php

return [
    'aws_access_key_id' => 'AKIA2XGE6OYA25KNUCMH',
];
