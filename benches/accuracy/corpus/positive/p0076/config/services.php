<?php

return [
    'langfuse_public_key' => 'pk-lf-b1590b26-a103-4154-8b3e-80d19e20eac4',
    'langfuse_secret_key' => 'sk-lf-501a5e85-37fb-4c08-93dd-3f8e38703bdf',
];
