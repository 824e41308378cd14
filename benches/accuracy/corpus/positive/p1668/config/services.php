<?php

return [
    'encryption_key' => 'jLrH0z/Rty983JRNiOTcbqOJOvVWp+p94GwxEnH3Nxc=',
];
