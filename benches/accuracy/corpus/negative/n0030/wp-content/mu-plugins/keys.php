<?php

return [
    'slack_bot_token' => 'xoxb-1234567890-1234567890-abcdefghijklmnopqrstuvwx',
];
