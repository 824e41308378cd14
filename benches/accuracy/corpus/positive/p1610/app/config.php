<?php

return [
    'db_password' => 'gqob3yi.iRf_nJW51haNq!.a^',
];
