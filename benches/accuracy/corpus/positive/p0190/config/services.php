<?php

return [
    'fcm_server_key' => 'AAAAYLqE3jP:APA91bD0qjfzciPBiv2z1jr7xbqGo0Vw3tDfgBlTgucWoRAvQBknuKV8jDzDSHppnmnhSU-_dVPSbZFAOKqitxY3JsOfi9XipsCxZeRkF7Uyy3nRN_X2_GGiXJ-0gOSptALU78YtCc3-',
];
