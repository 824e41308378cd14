<?php

return [
    'vercel_token' => 'vcp_GD63vJqHKQY3HaSBmRqeyKtqRzJ9YbE1FsSUBnWMgdnAf6iWPoiBbrF0',
];
