<?php

return [
    'ossrh_username' => 'ZrmAGsiK',
    'ossrh_password' => 'ZGaFqoMVXFhS9WLsVUQ9d8QpKxe0uBk4fsY002QDgUbo',
];
