<?php

return [
    'stripe_secret_key' => 'sk_live_************************',
];
