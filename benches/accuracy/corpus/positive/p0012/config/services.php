<?php

return [
    'openai_admin_key' => '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',
];
