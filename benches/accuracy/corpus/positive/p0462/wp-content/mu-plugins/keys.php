<?php

return [
    'bitbucket_app_password' => 'ATBBVFEHbmcUMFXDMCCBaN57rTPczLFU5kQ93A004B55',
];
