<?php

return [
    'ibmcloud_api_key' => 'ED8Ujn4wmUMNv-xOYXAOB7LK5zXh8SOKWYoAXJxX_db_',
];
