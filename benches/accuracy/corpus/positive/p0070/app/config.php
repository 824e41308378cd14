<?php

return [
    'langsmith_api_key' => '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',
];
