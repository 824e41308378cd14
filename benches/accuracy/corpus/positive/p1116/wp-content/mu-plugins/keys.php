<?php

return [
    'authorizenet_api_login_id' => 'vkdMPgvpZD',
    'authorizenet_transaction_key' => 'bxeDAXudDIrFCjwM',
];
