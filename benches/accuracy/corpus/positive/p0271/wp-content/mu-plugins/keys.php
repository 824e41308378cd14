<?php

return [
    'b2_application_key_id' => '00cac2f761770000000001',
    'b2_application_key' => 'K00yELQe-QT_4hiCgNzcjygxH5gWiGG',
];
