<?php

return [
    'client_secret' => 'test',
];
