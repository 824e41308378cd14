<?php
return [
    'default' => 'mysql',
    'connections' => [
        'mysql' => [
            'host' => '10.0.3.21',
            'database' => 'shop',
            'username' => 'shop',
            'password' => 'LIftujt9Bber*4',
        ],
    ],
];
