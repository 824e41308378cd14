<?php

return [
    'database_url' => 'postgres://localhost:5432/app',
];
