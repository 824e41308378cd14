<?php

return [
    'github_token' => 'gho_jnrGEDjDxqyX4hr9MLdPGLHGZ5s3pd2wduCp',
];
