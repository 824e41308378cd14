<?php

return [
    'twilio_auth_token' => '<token>',
];
