<?php

return [
    'readme_api_key' => 'rdme_rrlr0fx4qznqyeabpkge716hza3puw71qv7ecpfbj4k7xj10b1b500olz70zm4bdsqqijt',
];
