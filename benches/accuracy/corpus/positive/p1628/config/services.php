<?php

return [
    'db_password' => 'doVSeH3+2hK8Ew6TNi2ZcxSlA',
];
