<?php

return [
    'hf_token' => 'TODO',
];
