<?php

return [
    'brevo_api_key' => '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',
];
