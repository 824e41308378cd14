<?php

return [
    'gem_host_api_key' => 'rubygems_fb357808da72708fc18a2c2003bb3ea58a90f5ac679d8764',
];
