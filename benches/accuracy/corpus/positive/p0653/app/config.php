<?php

return [
    'slack_webhook_url' => 'https://hooks.slack.com/services/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',
];
