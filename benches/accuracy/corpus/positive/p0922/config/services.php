<?php

return [
    'launchdarkly_access_token' => 'api-9a95d156-90be-4491-9c4e-82300ae71163',
];
