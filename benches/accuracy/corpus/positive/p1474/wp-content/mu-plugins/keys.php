<?php

return [
    'oracle_connect' => 'analytics/Granite3379Glacier*30@//db.wonka.com:1521/ORCLPDB1',
];
