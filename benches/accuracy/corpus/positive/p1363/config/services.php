<?php

return [
    'zerobounce_api_key' => '69061d1b7f7854ef073d16be44124810',
];
