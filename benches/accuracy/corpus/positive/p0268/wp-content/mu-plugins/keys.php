<?php

return [
    'yc_token' => 'y0_MG-hS3SXkGhwj3lfE5foPWYdK_OIw6pxp0XUrJGWrrEg8kmqPMJTzk3',
];
