<?php

return [
    'codacy_project_token' => '3b81c4684db3904222c3d581b655802a',
];
