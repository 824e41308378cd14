<?php

return [
    'moonshot_api_key' => 'sk-1D6YD9iozpib4CMWfmilkm3qeOs4vHKiEW0LwcDKGVBOjh5I',
];
